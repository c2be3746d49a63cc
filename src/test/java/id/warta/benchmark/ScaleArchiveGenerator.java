package id.warta.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.TextCleaner;
import id.warta.ingest.ArticleIdentity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Makes a larger news archive out of the CLICK-ID articles for the scale benchmark (issue #9): JSON Lines
 * in the CLICK-ID shape (id, url, source, title, date, time_raw, category, content) that `warta ingest`
 * reads as it reads CLICK-ID itself.
 *
 * <p>Article {@code i} takes a base article (every source article in turn, in a seeded order), keeps its
 * title, source, category, time of day and lead paragraph, and replaces some of its other paragraphs with
 * paragraphs of one to three other articles of the same category (of any category when its own has fewer
 * than {@value #GROUP_MINIMUM} articles). It gets a new id
 * ({@code scale-00000001}, ...), a new URL on the base's host, and a day drawn evenly from
 * {@link #FIRST_DAY}..{@link #LAST_DAY}. A body whose content hash (Warta's duplicate key) an earlier
 * article already has is drawn again, so that the job indexes every article and none is a duplicate.
 *
 * <ul>
 *   <li>Deterministic: the same source file and seed give the same bytes, and article {@code i} depends
 *       only on the seed, {@code i} and the articles before it, so a smaller archive is the start of a
 *       larger one.</li>
 *   <li>Streaming: the source articles are held once (about 50 MB for CLICK-ID), articles are written as
 *       they are made; what grows with the archive is 8 bytes per article for the hash check.</li>
 * </ul>
 *
 * <p>A benchmark fixture, not a {@code warta} command: made-up articles have no place in a user's archive.
 *
 * <pre>
 * benchmarks/run-java.sh id.warta.benchmark.ScaleArchiveGenerator click_id_articles.jsonl.gz 100000 archive.jsonl [--seed 9]
 * </pre>
 */
public final class ScaleArchiveGenerator {

    /** The default seed (the number); any other seed gives another, equally valid archive. */
    public static final long DEFAULT_SEED = 9;
    public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    /** CLICK-ID joins paragraphs with a comma after the closing punctuation: "berkembang.,Lewat seni". */
    private static final Pattern COMMA_JOINED = Pattern.compile("(?<=[.!?\"”])\\s*,(?=[\\p{Lu}\\d\"“])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R+\\s*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DRAWS = 100;
    private static final int GROUP_MINIMUM = 100;

    /** One source article, its body cut into paragraphs; {@code joiner} is how the source joined them. */
    record Source(String title, String source, String host, String category, String timeRaw, List<String> paragraphs,
                  String joiner) {
    }

    /** What {@link #write} produced. */
    public record Summary(long articles, long bodyCharacters, long redraws) {

        public double averageBodyCharacters() {
            return articles == 0 ? 0 : (double) bodyCharacters / articles;
        }
    }

    private final List<Source> sources;
    private final long seed;
    private final int[] baseOrder;
    /** For each source, the sources of its category (itself included), or all when the category has fewer than {@value #GROUP_MINIMUM}. */
    private final int[][] donorPools;

    ScaleArchiveGenerator(List<Source> sources, long seed) {
        if (sources.size() < 2) {
            throw new IllegalArgumentException("at least two source articles are needed, got " + sources.size());
        }
        this.sources = List.copyOf(sources);
        this.seed = seed;
        this.baseOrder = shuffledIndices(sources.size(), new SplittableRandom(seed));
        this.donorPools = donorPools(this.sources);
    }

    /**
     * Reads the source articles (CLICK-ID JSON Lines, gzipped or not). Records the job would reject for want
     * of a title or a body are left out (a body whose first line is a byline such as "Penulis: ..." cleans to nothing).
     */
    public static ScaleArchiveGenerator fromClickId(Path file, long seed) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = JSON.readTree(line);
                String title = r.path("title").asText("").strip();
                String content = r.path("content").asText("");
                List<String> paragraphs = paragraphs(content);
                if (title.isEmpty() || paragraphs.isEmpty() || TextCleaner.clean(content).isBlank()) {
                    continue;
                }
                String source = r.path("source").asText("unknown");
                sources.add(new Source(title, source, host(r.path("url").asText(""), source), r.path("category").asText("-"),
                        r.path("time_raw").asText(""), paragraphs, content.contains("\n") ? "\n" : ","));
            }
        }
        return new ScaleArchiveGenerator(sources, seed);
    }

    public int sourceCount() {
        return sources.size();
    }

    /** Writes {@code count} articles to {@code out} (gzipped when its name ends in .gz). */
    public Summary write(int count, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
             OutputStream stream = out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
             Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            return write(count, writer);
        }
    }

    /** Writes {@code count} articles as JSON Lines, one at a time. */
    public Summary write(int count, Writer out) throws IOException {
        LongSet hashes = new LongSet();
        long bodyCharacters = 0;
        long redraws = 0;
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(mix(seed + (i + 1L) * 0x9E3779B97F4A7C15L));
            int baseIndex = baseOrder[i % baseOrder.length];
            Source base = sources.get(baseIndex);
            String content = null;
            for (int draw = 0; content == null; draw++) {
                if (draw == MAX_DRAWS) {
                    throw new IllegalStateException("no new body for article " + (i + 1) + " after " + MAX_DRAWS
                            + " draws: too few source articles for " + count);
                }
                String candidate = recombine(baseIndex, random);
                if (hashes.add(hashOf(candidate))) {
                    content = candidate;
                } else {
                    redraws++;
                }
            }
            LocalDate day = FIRST_DAY.plusDays(random.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
            String id = String.format(Locale.ROOT, "scale-%08d", i + 1);
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", id);
            record.put("url", "https://" + base.host() + "/arsip/" + day.toString().replace('-', '/') + "/" + id + "/" + slug(base.title()));
            record.put("source", base.source());
            record.put("title", base.title());
            record.put("date", day.toString());
            record.put("time_raw", base.timeRaw());
            record.put("category", base.category());
            record.put("content", content);
            out.write(JSON.writeValueAsString(record));
            out.write('\n');
            bodyCharacters += content.length();
        }
        out.flush();
        return new Summary(count, bodyCharacters, redraws);
    }

    /**
     * The base's paragraphs with some replaced by paragraphs of one to three same-category articles: up to
     * half of those after the lead (at least one), so that the body keeps about the base's length; a base
     * of one or two paragraphs gets one paragraph inserted after its lead instead.
     */
    private String recombine(int baseIndex, SplittableRandom random) {
        Source base = sources.get(baseIndex);
        List<String> body = new ArrayList<>(base.paragraphs());
        int[] donors = new int[1 + random.nextInt(3)];
        for (int d = 0; d < donors.length; d++) {
            donors[d] = donor(baseIndex, random);
        }
        if (body.size() <= 2) {
            body.add(1, donatedParagraph(donors[0], random));
            return String.join(base.joiner(), body);
        }
        int[] positions = shuffledIndices(body.size() - 1, random);
        int replaced = 1 + random.nextInt(body.size() / 2); // at most half of the n - 1 after the lead, rounded up
        for (int r = 0; r < replaced; r++) {
            body.set(1 + positions[r], donatedParagraph(donors[r % donors.length], random));
        }
        return String.join(base.joiner(), body);
    }

    /** Another article of the base's category, one with several paragraphs where a few draws find one. */
    private int donor(int baseIndex, SplittableRandom random) {
        int[] pool = donorPools[baseIndex];
        int donor = baseIndex;
        for (int draw = 0; draw < 5 && (donor == baseIndex || sources.get(donor).paragraphs().size() < 2); draw++) {
            donor = pool[random.nextInt(pool.length)];
        }
        return donor == baseIndex ? pool[(indexOf(pool, baseIndex) + 1) % pool.length] : donor;
    }

    /** A paragraph after the donor's lead (which often carries its dateline), or its only one. */
    private String donatedParagraph(int donor, SplittableRandom random) {
        List<String> paragraphs = sources.get(donor).paragraphs();
        return paragraphs.size() == 1 ? paragraphs.get(0) : paragraphs.get(1 + random.nextInt(paragraphs.size() - 1));
    }

    /** Paragraphs of a CLICK-ID body: lines where it has line breaks, else the comma-joined pieces. */
    static List<String> paragraphs(String content) {
        String[] parts = (content.contains("\n") || content.contains("\r") ? LINE_BREAKS : COMMA_JOINED).split(content.strip());
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The first 64 bits of Warta's own content hash of the body the job would index. */
    static long hashOf(String content) {
        return Long.parseUnsignedLong(ArticleIdentity.contentHash(TextCleaner.clean(content)).substring(0, 16), 16);
    }

    private static int[][] donorPools(List<Source> sources) {
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            byCategory.computeIfAbsent(sources.get(i).category(), c -> new ArrayList<>()).add(i);
        }
        int[] all = new int[sources.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        int[][] pools = new int[sources.size()][];
        for (List<Integer> members : byCategory.values()) {
            int[] pool = members.size() >= GROUP_MINIMUM ? members.stream().mapToInt(Integer::intValue).toArray() : all;
            members.forEach(i -> pools[i] = pool);
        }
        return pools;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int[] shuffledIndices(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static String host(String url, String source) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            // no usable URL: the source name stands in for the host
        }
        return slug(source) + ".example";
    }

    /** Lower-case ASCII words of a title joined by hyphens, at most 80 characters: the end of an article URL. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "artikel" : slug;
    }

    /** The murmur3 finaliser: neighbouring article numbers get unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85ec5L;
        return z ^ (z >>> 33);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** An open-addressing set of longs: 8 to 16 bytes an entry instead of a boxed HashSet's 50 or so. */
    private static final class LongSet {
        private long[] table = new long[1 << 12];
        private boolean hasZero;
        private int size;

        boolean add(long value) {
            if (value == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (size * 2 >= table.length) {
                grow();
            }
            int slot = slot(value, table.length);
            while (table[slot] != 0) {
                if (table[slot] == value) {
                    return false;
                }
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = value;
            size++;
            return true;
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            for (long value : old) {
                if (value != 0) {
                    int slot = slot(value, table.length);
                    while (table[slot] != 0) {
                        slot = (slot + 1) & (table.length - 1);
                    }
                    table[slot] = value;
                }
            }
        }

        private static int slot(long value, int length) {
            return (int) (mix(value) & (length - 1));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ScaleArchiveGenerator SOURCE.jsonl[.gz] COUNT OUT.jsonl[.gz] [--seed N]");
            System.exit(2);
        }
        List<String> options = List.of(args);
        long seed = options.contains("--seed") ? Long.parseLong(options.get(options.indexOf("--seed") + 1)) : DEFAULT_SEED;
        ScaleArchiveGenerator generator = fromClickId(Path.of(args[0]), seed);
        long start = System.nanoTime();
        Summary summary = generator.write(Integer.parseInt(args[1].replace("_", "")), Path.of(args[2]));
        System.out.printf("%,d articles from %,d source articles (seed %d) in %.1f s, %,.0f body characters on average,"
                + " %,d bodies drawn again: %s%n", summary.articles(), generator.sourceCount(), seed,
                (System.nanoTime() - start) / 1e9, summary.averageBodyCharacters(), summary.redraws(), args[2]);
    }
}
