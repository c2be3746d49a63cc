package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * `warta serve`: the search API on 127.0.0.1:8080 (server.address, server.port), over the external
 * cluster of WARTA_ES_URL or else the managed local node, started if needed. Runs until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the search API (REST, OpenAPI at /swagger-ui.html).",
                "Uses WARTA_ES_URL when set, else starts the local Elasticsearch node."})
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default 8080, or server.port / SERVER_PORT).")
    Integer port;

    @Option(names = "--address", description = "Address to bind (default 127.0.0.1, or server.address / SERVER_ADDRESS).")
    String address;

    @Override
    public Integer call() throws InterruptedException {
        return serve(base -> { });
    }

    /** Serves until stopped; {@code started} gets the API's base URL once it answers. */
    int serve(java.util.function.Consumer<String> started) throws InterruptedException {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (address != null) {
            args.add("--server.address=" + address);
        }
        ConfigurableApplicationContext context = SpringContexts.web(args.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        context.registerShutdownHook();
        String index = new IndexBootstrap(context.getBean(ElasticsearchClient.class), context.getBean(IndexNames.class),
                IndexDefinition.load()).ensure();
        Environment env = context.getEnvironment();
        String base = "http://" + env.getProperty("server.address", "127.0.0.1") + ":" + env.getProperty("local.server.port",
                env.getProperty("server.port", "8080"));
        System.out.println("Warta API on " + base + "/api/search (index " + index + "); OpenAPI at " + base
                + "/swagger-ui.html. Stop with Ctrl-C.");
        started.accept(base);
        closed.await();
        return 0;
    }
}
