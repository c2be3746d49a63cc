package id.warta;

import id.warta.cli.WartaCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;

/**
 * Warta's entry point: the picocli command line. Commands that need Spring (ingest, serve, search)
 * start the application context themselves, so that `node` and `--help` stay fast.
 */
@SpringBootApplication
public class WartaApplication {

    public static void main(String[] args) {
        System.exit(WartaCommand.commandLine().execute(args));
    }
}
