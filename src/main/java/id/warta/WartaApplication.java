package id.warta;

import id.warta.cli.WartaCommand;
import id.warta.ingest.WartaHome;
import id.warta.node.NodeSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;

/**
 * Warta's entry point: the picocli command line. Commands that need Spring (ingest, serve, search)
 * start the application context themselves, so that `node` and `--help` stay fast.
 */
@SpringBootApplication
public class WartaApplication {

    public static void main(String[] args) {
        System.setProperty("warta.home", NodeSettings.wartaHome(System.getenv()).toString());
        System.exit(WartaCommand.commandLine().execute(args));
    }

    @Bean
    WartaHome wartaHome(@Value("${warta.home:${user.home}/.warta}") Path home) {
        return new WartaHome(home);
    }
}
