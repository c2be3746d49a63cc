package id.warta.cli;

import id.warta.WartaApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Warta's Spring context for the commands that need it: batch jobs without a web server, or the API. */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext batch(String... args) {
        return new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(args);
    }

    static ConfigurableApplicationContext web(String... args) {
        return new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.SERVLET)
                .logStartupInfo(false).run(args);
    }
}
