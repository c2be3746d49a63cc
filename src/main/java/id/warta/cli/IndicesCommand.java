package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.index.IndexVersion;
import id.warta.index.IndexVersions;
import id.warta.reindex.ReindexRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `warta indices` and `warta indices prune --keep N`. */
@Command(name = "indices", mixinStandardHelpOptions = true, subcommands = IndicesCommand.Prune.class,
        description = {"List the versions of the articles index.",
                "For each: aliases, document counts, the mapping hash it was made from, and whether the live version",
                "is behind index-mappings/."})
public class IndicesCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Override
    public Integer call() {
        try (var context = SpringContexts.batch()) {
            IndexVersions versions = new IndexVersions(context.getBean(ElasticsearchClient.class), context.getBean(IndexNames.class));
            IndexBootstrap bootstrap = new IndexBootstrap(context.getBean(ElasticsearchClient.class), versions.names(),
                    IndexDefinition.load());
            print(versions.list(), bootstrap, versions.names(), System.out);
            return 0;
        }
    }

    static void print(List<IndexVersion> list, IndexBootstrap bootstrap, IndexNames names, PrintStream out) {
        if (list.isEmpty()) {
            out.println("No versions of '" + names.base() + "' yet: `warta ingest` creates the first.");
            return;
        }
        out.printf("%-22s %-26s %12s  %-12s  %-16s  %s%n", "index", "aliases", "documents", "mapping", "created (UTC)", "note");
        for (IndexVersion v : list) {
            List<String> aliases = new ArrayList<>();
            if (v.read()) {
                aliases.add(names.readAlias());
            }
            if (v.write()) {
                aliases.add(names.writeAlias());
            }
            out.printf("%-22s %-26s %,12d  %-12s  %-16s  %s%n", v.name(), aliases.isEmpty() ? "-" : String.join(", ", aliases),
                    v.documents(), v.shortHash(), v.created() == null ? "-" : WHEN.format(v.created()), note(v));
        }
        list.stream().filter(IndexVersion::read).reduce((a, b) -> b).ifPresent(live -> out.println(bootstrap.isCurrent(live)
                ? "The live version " + live.name() + " is up to date with index-mappings/."
                : "The live version " + live.name() + " is behind index-mappings/: run `warta reindex`."));
    }

    private static String note(IndexVersion v) {
        List<String> notes = new ArrayList<>();
        if (v.reindexedFrom() != null) {
            notes.add("copied from " + v.reindexedFrom() + (v.reExtract() ? " with re-extraction" : ""));
        }
        if (!v.aliased()) {
            notes.add("not live");
        }
        return String.join("; ", notes);
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = {"Delete old versions of the articles index.",
                    "Keeps --keep in all: the live one, the one `warta rollback` goes back to",
                    "(the version the live one was copied from), that one's own source and so on, then the newest others.",
                    "Never deletes a version with an alias or one newer than the live version; refused while a reindex",
                    "is unfinished, since its catch-up still reads its source."})
    static class Prune implements Callable<Integer> {

        @Option(names = "--keep", paramLabel = "N", defaultValue = "2",
                description = "Versions to keep, the live one included (default: ${DEFAULT-VALUE}, which keeps the one "
                        + "`warta rollback` goes to; 1 keeps only the live one, and then there is nothing to roll back to).")
        int keep;

        @Override
        public Integer call() {
            try (var context = SpringContexts.batch()) {
                List<String> deleted = context.getBean(ReindexRunner.class).prune(keep);
                System.out.println(deleted.isEmpty() ? "Nothing to prune." : "Deleted " + String.join(", ", deleted) + ".");
                return 0;
            }
        }
    }
}
