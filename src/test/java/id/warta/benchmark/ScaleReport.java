package id.warta.benchmark;

import id.warta.benchmark.ScaleBenchmark.Options;
import id.warta.benchmark.ScaleBenchmark.SearchFigures;
import id.warta.benchmark.ScaleBenchmark.SizeResult;
import id.warta.ingest.JobDefinition;
import id.warta.search.SearchMix;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes the scale benchmark's results: benchmarks/results/scale.md (set-up, one row per size, the targets)
 * and benchmarks/results/scale.png (ingest time, search latency and index size against the archive size).
 */
final class ScaleReport {

    /** Ingest time may grow by the size ratio plus 5 %: 10.5 × from 25k to 250k articles. */
    static final double TIME_SLACK = 1.05;
    /** Search p50 may at most double from the smallest to the largest size. */
    static final double P50_BOUND = 2.0;

    private static final Path MARKDOWN = Path.of("benchmarks/results/scale.md");
    private static final Path CHART = Path.of("benchmarks/results/scale.png");

    private final Options options;
    private final int sourceArticles;
    private final String started = ZonedDateTime.now(ZoneOffset.UTC).withNano(0).toString();
    private final String loadAtStart;
    private final String commit = commit();
    private final List<SizeResult> results = new ArrayList<>();
    private String loadAtEnd;

    ScaleReport(Options options, int sourceArticles, String loadAtStart) {
        this.options = options;
        this.sourceArticles = sourceArticles;
        this.loadAtStart = loadAtStart;
    }

    void add(SizeResult result) {
        results.add(result);
    }

    void finish(String loadAtEnd) {
        this.loadAtEnd = loadAtEnd;
    }

    void write() throws IOException {
        Files.createDirectories(MARKDOWN.getParent());
        String markdown = markdown();
        Files.writeString(MARKDOWN, markdown);
        chart();
        if (loadAtEnd != null) {
            System.out.println(markdown);
        }
        System.out.println("written to " + MARKDOWN + " and " + CHART);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Scale benchmark (issue #9)\n\n");
        md.append("Written by `benchmarks/scale.sh` (`id.warta.benchmark.ScaleBenchmark`). Chart: [scale.png](scale.png).\n\n");
        if (loadAtEnd == null) {
            md.append("**Incomplete run**: the sizes below are those measured before the run stopped.\n\n");
        }
        md.append("| | |\n|---|---|\n");
        row(md, "date", started + " (commit " + commit + ")");
        row(md, "machine", Runtime.getRuntime().availableProcessors() + " cores, " + Machine.memoryTotal() + ", "
                + Machine.cpuModel() + "; shared with other work");
        row(md, "load average (1/5/15 min)", "at start " + loadAtStart + (loadAtEnd == null ? "" : ", at end " + loadAtEnd)
                + "; per size in the table");
        row(md, "Elasticsearch", "Warta's managed node (one node, 1 GB heap, port " + options.port()
                + "), index settings and mappings from `index-mappings/`");
        row(md, "archives", String.format(Locale.ROOT, "`ScaleArchiveGenerator`, seed %d, from %,d articles of `%s`: new ids and"
                        + " URLs, days spread evenly over %s to %s, paragraphs recombined from several same-category articles",
                options.seed(), sourceArticles, options.source().getFileName(), ScaleArchiveGenerator.FIRST_DAY,
                ScaleArchiveGenerator.LAST_DAY));
        row(md, "ingest job", String.format(Locale.ROOT, "`warta ingest --format jsonl %s` in its own JVM (%s), %d worker threads,"
                        + " chunks of %d, bulk requests of %d; time = the job's own elapsed time (its summary)",
                options.entities() ? "" : "--no-entities", IngestRuns.JOB_HEAP, IngestRuns.THREADS,
                JobDefinition.DEFAULT_CHUNK_SIZE, JobDefinition.DEFAULT_BULK_SIZE));
        row(md, "entity extraction", options.entities() ? "on, in the job and for the raw baseline's documents"
                : "off (`--no-entities`): it is a fixed cost per article, measured in ingest-entities.md; off, the ingest"
                + " time is what grows with the index. The country and person fields stay empty, so the mix's 9"
                + " country-filtered searches (of 40) match nothing and the country and person facets count nothing");
        row(md, "raw bulk baseline", String.format(Locale.ROOT, "the job's own final documents (its reader and processor, run"
                + " beforehand), sent by `RawBulkLoader` in a fresh JVM (-Xmx512m) with BulkIngester: %d documents a request, %d concurrent requests",
                JobDefinition.DEFAULT_BULK_SIZE, IngestRuns.THREADS));
        row(md, "index size", "primaries' store size (`_stats/store`) after the job and a refresh, and after a force merge"
                + " to one segment (the search benchmark's index is merged so too)");
        row(md, "search", String.format(Locale.ROOT, "the search benchmark's mix (%d first pages with facets and highlights,"
                + " `BenchmarkQueries`) through Warta's query module in the benchmark's JVM (what `warta serve` calls, without"
                + " the HTTP hop), on the merged index; 25 warm-up rounds, then 10 measured rounds of the whole mix per client",
                SearchMix.size()));
        row(md, "rounds", options.rounds() + " raw + job round(s) per size" + (options.rounds() > 1 ? ", medians" : ""));
        md.append('\n');

        md.append("| articles | ingest job s | job docs/s | raw bulk s | raw docs/s | job / raw | index MB as ingested"
                + " | index MB merged | search p50 ms | search p99 ms | 8 clients p50 / p99 ms | load before → after |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SizeResult r : results) {
            SearchFigures one = r.search().get(0);
            SearchFigures eight = r.search().get(r.search().size() - 1);
            md.append(String.format(Locale.ROOT, "| %,d | %.1f | %,.0f | %.1f | %,.0f | %.2f | %,.0f | %,.0f | %.1f | %.1f | %.1f / %.1f | %s → %s |%n",
                    r.size(), r.job().seconds(), r.job().docsPerSecond(), r.raw().seconds(), r.raw().docsPerSecond(),
                    r.job().docsPerSecond() / r.raw().docsPerSecond(), mb(r.storeBytesAsIngested()), mb(r.storeBytesMerged()),
                    one.p50(), one.p99(), eight.p50(), eight.p99(), r.loadBefore(), r.loadAfter()));
        }
        md.append('\n');
        if (options.rounds() > 1) {
            md.append("Each round, in seconds (the table above holds the medians):\n\n");
            md.append("| articles | ingest job | raw bulk |\n|---|---|---|\n");
            for (SizeResult r : results) {
                md.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", r.size(), seconds(r.jobs()), seconds(r.raws())));
            }
            md.append('\n');
        }
        for (SizeResult r : results) {
            if (r.job().indexed() != r.size()) {
                md.append(String.format(Locale.ROOT, "The job indexed %,d of %,d articles at that size.%n%n", r.job().indexed(), r.size()));
            }
        }
        md.append(String.format(Locale.ROOT, "Archives (by size): %s body characters on average, %s MB of JSON Lines,"
                        + " generated at %s articles/s.%n%n",
                join(r -> String.format(Locale.ROOT, "%,.0f", r.averageBodyCharacters())),
                join(r -> String.format(Locale.ROOT, "%,.0f", mb(r.archiveBytes()))),
                join(r -> String.format(Locale.ROOT, "%,.0f", r.size() / r.generateSeconds()))));
        targets(md);
        return md.toString();
    }

    private void targets(StringBuilder md) {
        if (results.size() < 2) {
            return;
        }
        SizeResult small = results.get(0);
        SizeResult large = results.get(results.size() - 1);
        double sizeRatio = (double) large.size() / small.size();
        double timeBound = TIME_SLACK * sizeRatio;
        double timeRatio = large.job().seconds() / small.job().seconds();
        double p50Ratio = large.search().get(0).p50() / small.search().get(0).p50();
        String sizes = String.format(Locale.ROOT, "%,d / %,d", large.size(), small.size());
        md.append("## Targets\n\n");
        md.append("| target | figure | verdict |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| ingest grows at most linearly: job time %s ≤ %.1f | %.2f | %s |%n", sizes, timeBound,
                timeRatio, timeRatio <= timeBound ? "met" : "NOT met"));
        md.append(String.format(Locale.ROOT, "| search p50 (1 client) %s ≤ %.1f | %.2f | %s |%n", sizes, P50_BOUND, p50Ratio,
                p50Ratio <= P50_BOUND ? "met" : "NOT met"));
        md.append(String.format(Locale.ROOT, "%nBeside them, not targets: job time, fastest round against fastest round %.2f;"
                        + " raw bulk time %s = %.2f; search p99 (1 client) %.2f; p50 at 8 clients %.2f; index size (merged) %.2f.%n",
                fastest(large.jobs()) / fastest(small.jobs()), sizes, large.raw().seconds() / small.raw().seconds(),
                large.search().get(0).p99() / small.search().get(0).p99(),
                last(large.search()).p50() / last(small.search()).p50(),
                (double) large.storeBytesMerged() / small.storeBytesMerged()));
        if (!(small.size() == 25_000 && large.size() == 250_000)) {
            md.append(String.format(Locale.ROOT, "%nThe issue's targets are for 25,000 → 250,000 articles (time ≤ 10.5 ×); this run's"
                    + " sizes differ, so the time bound is %.2f × the size ratio %.1f.%n", TIME_SLACK, sizeRatio));
        }
    }

    private void chart() throws IOException {
        System.setProperty("java.awt.headless", "true");
        double[] thousands = results.stream().mapToDouble(r -> r.size() / 1000.0).toArray();
        XYChart ingest = chart("Ingest time", "seconds");
        series(ingest, "ingest job (median)", thousands, values(r -> r.job().seconds()));
        series(ingest, "raw bulk (median)", thousands, values(r -> r.raw().seconds()));
        if (options.rounds() > 1) {
            XYSeries rounds = ingest.addSeries("job, each round", results.stream()
                            .flatMapToDouble(r -> r.jobs().stream().mapToDouble(run -> r.size() / 1000.0)).toArray(),
                    results.stream().flatMapToDouble(r -> r.jobs().stream().mapToDouble(IngestRuns.Run::seconds)).toArray());
            rounds.setLineStyle(SeriesLines.NONE);
            rounds.setMarker(SeriesMarkers.DIAMOND);
        }
        if (!results.isEmpty()) {
            SizeResult small = results.get(0);
            reference(ingest, "job, linear from the smallest", thousands,
                    results.stream().mapToDouble(r -> small.job().seconds() * r.size() / small.size()).toArray());
        }
        XYChart search = chart("Search latency, 1 client", "milliseconds");
        series(search, "p50", thousands, values(r -> r.search().get(0).p50()));
        series(search, "p99", thousands, values(r -> r.search().get(0).p99()));
        if (!results.isEmpty()) {
            double bound = P50_BOUND * results.get(0).search().get(0).p50();
            reference(search, "p50 target (2 × smallest)", thousands, results.stream().mapToDouble(r -> bound).toArray());
        }
        XYChart size = chart("Index size", "MB");
        series(size, "as ingested", thousands, values(r -> mb(r.storeBytesAsIngested())));
        series(size, "merged to one segment", thousands, values(r -> mb(r.storeBytesMerged())));
        BitmapEncoder.saveBitmap(List.of(ingest, search, size), 1, 3, CHART.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static XYChart chart(String title, String yAxis) {
        XYChart chart = new XYChartBuilder().width(520).height(400).title(title).xAxisTitle("articles (thousands)")
                .yAxisTitle(yAxis).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        return chart;
    }

    private static void series(XYChart chart, String name, double[] x, double[] y) {
        if (x.length > 0) {
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.CIRCLE);
        }
    }

    private static void reference(XYChart chart, String name, double[] x, double[] y) {
        if (x.length > 0) {
            XYSeries line = chart.addSeries(name, x, y);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineStyle(SeriesLines.DASH_DASH);
        }
    }

    private double[] values(ToDoubleFunction<SizeResult> value) {
        return results.stream().mapToDouble(value).toArray();
    }

    private static String seconds(List<IngestRuns.Run> runs) {
        return String.join(" / ", runs.stream().map(run -> String.format(Locale.ROOT, "%.1f", run.seconds())).toList());
    }

    private static double fastest(List<IngestRuns.Run> runs) {
        return runs.stream().mapToDouble(IngestRuns.Run::seconds).min().orElse(Double.NaN);
    }

    private String join(java.util.function.Function<SizeResult, String> figure) {
        return String.join(" / ", results.stream().map(figure).toList());
    }

    private static SearchFigures last(List<SearchFigures> figures) {
        return figures.get(figures.size() - 1);
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    /** The commit measured, marked when the work tree had changes. */
    private static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            return head.isEmpty() ? "unknown" : head + (git("status", "--porcelain", "--untracked-files=no").isEmpty() ? "" : " + uncommitted changes");
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        return process.waitFor() == 0 ? out : "";
    }
}
