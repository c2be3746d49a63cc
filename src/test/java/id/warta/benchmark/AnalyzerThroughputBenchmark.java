package id.warta.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.plugin.IndonesianNewsAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The analysis alone, in this JVM, without Elasticsearch: the CPU time that standard tokenizer +
 * lowercase, the same + Indonesian stop words, and {@code indonesian_news} take over the CLICK-ID
 * titles and bodies, per token the tokenizer makes. What {@code indonesian_news} costs beyond the
 * stop words is its stem filter. A diagnostic for {@link AnalysisIndexingBenchmark}: run it with
 * {@code benchmarks/analyzer-throughput.sh}, and profile it with JFR
 * ({@code -XX:StartFlightRecording=filename=analysis.jfr,settings=profile}).
 *
 * <p>Arguments: {@code ARTICLES.jsonl[.gz] [--passes N]} (default 5 passes of each analyzer, the
 * first counting as warm-up; one analyzer instance each for the whole run, as a node keeps one per
 * index).
 */
public final class AnalyzerThroughputBenchmark {

    /** Timing by this thread's CPU time: other work on a shared machine disturbs it far less than wall time. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnalyzerThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--passes"))) {
            System.err.println("usage: AnalyzerThroughputBenchmark ARTICLES.jsonl[.gz] [--passes N]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int passes = args.length == 3 ? Integer.parseInt(args[2]) : 5;
        List<String> texts = readTexts(file);
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%,d texts, %,d characters%n", texts.size(), chars);

        Map<String, Analyzer> instances = new LinkedHashMap<>();
        instances.put("standard + lowercase", analyzer(false));
        instances.put("standard + lowercase + stop", analyzer(true));
        instances.put("indonesian_news", new IndonesianNewsAnalyzer());
        long tokensIn = 0;
        for (String text : texts) {
            tokensIn += count(instances.get("standard + lowercase"), text);
        }
        for (int pass = 1; pass <= passes; pass++) {
            for (Map.Entry<String, Analyzer> entry : instances.entrySet()) {
                long start = THREADS.getCurrentThreadCpuTime();
                long tokens = 0;
                for (String text : texts) {
                    tokens += count(entry.getValue(), text);
                }
                long nanos = THREADS.getCurrentThreadCpuTime() - start;
                System.out.printf(Locale.ROOT, "pass %d  %-28s %,12d tokens out  %6.3f CPU s  %6.1f CPU ns per token in%s%n", pass,
                        entry.getKey(), tokens, nanos / 1e9, (double) nanos / tokensIn, pass == 1 ? "  (warm-up)" : "");
            }
        }
        System.out.printf(Locale.ROOT, "distinct lower-case terms: %,d%n", distinctTerms(instances.get("standard + lowercase"), texts));
    }

    private static Analyzer analyzer(boolean stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                if (stopWords) {
                    result = new StopFilter(result, IndonesianAnalyzer.getDefaultStopSet());
                }
                return new TokenStreamComponents(source, result);
            }
        };
    }

    private static long count(Analyzer analyzer, String text) throws IOException {
        long tokens = 0;
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
            }
            stream.end();
        }
        return tokens;
    }

    private static int distinctTerms(Analyzer analyzer, List<String> texts) throws IOException {
        Set<String> terms = new HashSet<>();
        for (String text : texts) {
            try (TokenStream stream = analyzer.tokenStream("body", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
        }
        return terms.size();
    }

    /** Each article's title and content. */
    static List<String> readTexts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    JsonNode article = json.readTree(line);
                    texts.add(article.path("title").asText(""));
                    texts.add(article.path("content").asText(""));
                }
            }
        }
        return texts;
    }
}
