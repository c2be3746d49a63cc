package id.warta.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Speed of {@link EntityExtractor} on one thread over real articles (not a test: run it by hand).
 * Reads JSON Lines articles (title plus body or content; gzip if the name ends in .gz), warms up,
 * then times several passes and prints articles per second, by wall clock and by the CPU time of
 * the thread (the figure that holds on a dedicated core when other jobs share the machine); the
 * figures are also written to
 * benchmarks/results/entity-extractor.md. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     id.warta.extract.EntityExtractorBenchmark click_id_articles.jsonl.gz [passes]
 * </pre>
 */
public final class EntityExtractorBenchmark {

    private static final Path RESULTS = Path.of("benchmarks/results/entity-extractor.md");

    private record Article(String title, String body) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EntityExtractorBenchmark ARTICLES.jsonl[.gz] [passes]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Article> articles = read(file);
        long chars = articles.stream().mapToLong(a -> a.body().length()).sum();

        long loadStart = System.nanoTime();
        EntityExtractor extractor = new EntityExtractor();
        extractor.extract("", "Model dimuat.");
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        int warmup = Math.min(2000, articles.size());
        for (int i = 0; i < warmup; i++) {
            extractor.extract(articles.get(i).title(), articles.get(i).body());
        }
        double[] rates = new double[passes];
        double[] cpuRates = new double[passes];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long found = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (Article article : articles) {
                found += extractor.extract(article.title(), article.body()).persons().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rates[pass] = articles.size() / seconds;
            cpuRates[pass] = articles.size() / cpuSeconds;
            System.out.printf(Locale.ROOT, "pass %d: %,d articles in %.1f s wall (%.0f articles/s), %.1f s CPU of "
                    + "the thread (%.0f articles per CPU second)%n", pass + 1, articles.size(), seconds, rates[pass],
                    cpuSeconds, cpuRates[pass]);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        String summary = String.format(Locale.ROOT,
                "%s: %,d articles (mean %,d characters of body), one thread, %d passes after %,d warm-up articles: "
                        + "median %.0f articles per CPU second of the thread (best %.0f); wall clock median %.0f "
                        + "articles/s (best %.0f) (%.1f persons per article; model load %.1f s). "
                        + "Java %s, %s, %d cores, load average at end %.2f (other jobs shared the cores: the CPU-time "
                        + "rate is what one dedicated core gives).",
                LocalDate.now(), articles.size(), chars / Math.max(1, articles.size()), passes, warmup,
                cpuRates[passes / 2], cpuRates[passes - 1], rates[passes / 2], rates[passes - 1],
                (double) found / passes / Math.max(1, articles.size()), loadSeconds,
                System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(summary);
        write(file, summary);
    }

    private static void write(Path input, String summary) throws IOException {
        Files.createDirectories(RESULTS.getParent());
        String header = "# EntityExtractor speed\n\nProduced by `id.warta.extract.EntityExtractorBenchmark` (see its Javadoc for the\n"
                + "command). Target: at least 300 articles/s on one core on CLICK-ID articles.\n\n";
        String existing = Files.exists(RESULTS) ? Files.readString(RESULTS) : header;
        Files.writeString(RESULTS, existing + "- " + input.getFileName() + " — " + summary + "\n");
    }

    private static List<Article> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String body = node.hasNonNull("body") ? node.get("body").asText() : node.path("content").asText("");
                articles.add(new Article(node.path("title").asText(""), body));
            }
        }
        return articles;
    }
}
