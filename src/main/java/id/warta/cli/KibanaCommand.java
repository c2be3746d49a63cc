package id.warta.cli;

import id.warta.WartaException;
import id.warta.kibana.ImportResult;
import id.warta.kibana.KibanaTarget;
import id.warta.kibana.SavedObjectsImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `warta kibana import`: Warta's data view, saved searches and dashboard into Kibana. */
@Command(name = "kibana", description = "Kibana's saved objects for exploring Warta's index.",
        mixinStandardHelpOptions = true, subcommands = KibanaCommand.Import.class)
public class KibanaCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import Warta's data view, saved searches and dashboard into Kibana.",
                    "The data view reads the articles alias; the dashboard is \"Warta — news archive\". Sent through",
                    "Kibana's saved-objects API (existing ones are overwritten)."})
    static class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--url", paramLabel = "URL", required = true, description = "Kibana's base URL, e.g. http://127.0.0.1:5601.")
        String url;

        @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:WARTA_KIBANA_USER}",
                description = "User for basic auth (default: WARTA_KIBANA_USER).")
        String user;

        @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:WARTA_KIBANA_PASSWORD}",
                description = "Password for basic auth (default: WARTA_KIBANA_PASSWORD, which keeps it out of the process list).")
        String password;

        @Option(names = "--space", paramLabel = "SPACE", description = "Kibana space to import into (default: the default space).")
        String space;

        @Option(names = "--ca", paramLabel = "FILE", description = "CA certificate (PEM) of a Kibana served over TLS by a private CA.")
        Path ca;

        @Option(names = "--file", paramLabel = "FILE", description = "An NDJSON file of saved objects instead of the one in warta.jar.")
        Path file;

        @Override
        public Integer call() {
            KibanaTarget target = new KibanaTarget(url, space, blankToNull(user), blankToNull(password), ca);
            byte[] ndjson = file == null ? SavedObjectsImporter.bundled() : read(file);
            String name = file == null ? "warta.ndjson" : file.getFileName().toString();
            ImportResult result = new SavedObjectsImporter(target).importObjects(name, ndjson);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Imported %s into Kibana at %s:%n", file == null ? "Warta's saved objects" : file, target.url());
            out.print(result.render());
            if (file == null && result.imported().stream().anyMatch(i -> i.id().equals(SavedObjectsImporter.DASHBOARD_ID))) {
                out.println("Dashboard: " + target.dashboardUrl(SavedObjectsImporter.DASHBOARD_ID));
            }
            out.flush();
            if (!result.complete()) {
                spec.commandLine().getErr().println(result.errors().isEmpty()
                        ? "warta: Kibana reported the import as failed without naming an object"
                        : "warta: Kibana did not import " + result.errors().size() + " of the saved objects (see the errors above)");
                return 1;
            }
            return 0;
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new WartaException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
