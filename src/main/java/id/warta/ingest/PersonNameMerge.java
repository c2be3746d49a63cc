package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import id.warta.WartaException;
import id.warta.extract.PersonAliases;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ObjLongConsumer;

/**
 * Stores a person that some articles name by surname alone under the full name the archive uses for
 * them: "Trump" becomes "Donald Trump", "Sumadi" "Budi Karya Sumadi"; a name that articles spell in several ways
 * that differ only in case, spaces, punctuation, accents or the old Indonesian spelling under one of them
 * ("WICAKSONO" becomes "Wicaksono", "Laode M. Syarif" "Laode M Syarif", "Suharto" "Soeharto": {@link NameSpellings});
 * and the forms of a name that write a middle name out, as an initial or not at all under the most used one
 * ("Yasonna H. Laoly" and "Yasonna Hamonangan Laoly" become "Yasonna Laoly": {@link MiddleNames}); and, once those are
 * written, a one-word name that several full names hold, article by article, under the one the persons named with it
 * point to ("Rossi" beside Marc Marquez becomes "Valentino Rossi": {@link LoneNames}). Within one
 * article the extractor already resolves a surname to the full name used there; this is the same across articles, so
 * that the person facet counts one person once. Persons only: organisations are named by acronyms, not
 * surnames. Run after an ingest over the whole index.
 * <p>
 * A one-word name is merged only into a full name that ends with it, that at least {@value #MIN_FULL_NAME_ARTICLES}
 * articles use, that holds at least 90% of the articles of all full names beginning or ending with that
 * word ("Harry" stays: "Harry Kane" and "Harry Maguire" begin with it; "Budi" begins a hundred names), and
 * that is not far rarer than the word alone: one-word names of their own ("Soeharto", "Wiranto") outnumber a
 * relative's full name ("Tommy Soeharto") many times. Names the alias list knows stay as they are.
 */
public final class PersonNameMerge {

    static final int MIN_FULL_NAME_ARTICLES = 10;
    private static final double MIN_SHARE = 0.9;
    /** A one-word name in more than this many times the full name's articles is a name of its own. */
    static final int MAX_ALONE_PER_FULL = 3;
    private static final int COUNT_PAGE = 10_000;
    private static final int UPDATE_BATCH = 1_000;
    /** One-word names whose articles are read, scored and written together (what a batch holds grows with them). */
    private static final int LONE_NAMES_PER_BATCH = 2_000;
    /** Names per terms query, well under Elasticsearch's index.max_terms_count (65,536). */
    private static final int NAMES_PER_QUERY = 10_000;

    /**
     * What a run changed: names stored under another (surnames, spellings and forms; one-word names that went under a
     * full name in some article), and the articles that changed.
     */
    public record Result(int names, long articles) {
    }

    private final ElasticsearchClient client;
    private final String index;
    private final boolean restamp;

    private final int countPage;
    private final int updateBatch;
    private final int namesPerQuery;

    /**
     * The merge an ingest ends with. The articles it rewrites are stamped ingested now, like any other write of an
     * ingest, so that a reindex copying this version meanwhile catches the change up.
     */
    public static PersonNameMerge afterIngest(ElasticsearchClient client, String index) {
        return new PersonNameMerge(client, index, true, COUNT_PAGE, UPDATE_BATCH, NAMES_PER_QUERY);
    }

    /**
     * The merge a reindex runs on its new version before it goes live: part of the copy, so the articles keep
     * when they were ingested (a rollback brings back only what ingests wrote since).
     */
    public static PersonNameMerge inCopy(ElasticsearchClient client, String index) {
        return new PersonNameMerge(client, index, false, COUNT_PAGE, UPDATE_BATCH, NAMES_PER_QUERY);
    }

    /** With other page sizes: names per page of counts, articles per page of updates, names per query. */
    PersonNameMerge(ElasticsearchClient client, String index, boolean restamp, int countPage, int updateBatch,
                    int namesPerQuery) {
        this.client = client;
        this.index = index;
        this.restamp = restamp;
        this.countPage = countPage;
        this.updateBatch = updateBatch;
        this.namesPerQuery = namesPerQuery;
    }

    public Result run() {
        try {
            client.indices().refresh(r -> r.index(index));
            Map<String, String> merges = merges(this::forEachPerson);
            Set<String> changed = new HashSet<>();
            for (List<String> names : chunks(List.copyOf(merges.keySet()), namesPerQuery)) {
                forEachPage(names, page -> changed.addAll(write(page.stream()
                        .map(hit -> new Change(hit.id(), hit.seqNo(), hit.primaryTerm(), renamed(persons(hit), merges)))
                        .toList())));
            }
            if (!changed.isEmpty()) {
                client.indices().refresh(r -> r.index(index));
            }
            int loneNames = resolveLoneNames(changed);
            return new Result(merges.size() + loneNames, changed.size());
        } catch (IOException | RuntimeException e) {
            // the ingest and reindex summaries say to run the command again
            throw new WartaException("merging persons' surnames, spellings and forms of names on " + index + " failed ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * The one-word names that the merges left, each read in its article by the persons named with it ({@link LoneNames}):
     * per batch of names, a read of their articles, a read of the articles of their candidates, and the writes.
     * Returns how many names went under a full name in some article.
     */
    private int resolveLoneNames(Set<String> changed) throws IOException {
        LoneNames lone = new LoneNames();
        forEachPerson(lone::count);
        Set<String> resolved = new HashSet<>();
        for (List<String> words : chunks(lone.names(), Math.min(namesPerQuery, LONE_NAMES_PER_BATCH))) {
            LoneNames.Batch batch = lone.new Batch(words);
            forEachPage(words, page -> page.forEach(hit -> batch.article(hit.id(), hit.seqNo(), hit.primaryTerm(), persons(hit))));
            for (List<String> fullNames : chunks(List.copyOf(batch.fullNamesToRead()), namesPerQuery)) {
                Set<String> chunk = Set.copyOf(fullNames);
                forEachPage(fullNames, page -> page.forEach(hit -> batch.coMentions(persons(hit), chunk)));
            }
            Set<String> written = new HashSet<>();
            List<LoneNames.Resolution> resolutions = batch.resolutions();
            for (List<LoneNames.Resolution> some : chunks(resolutions, updateBatch)) {
                written.addAll(write(some.stream().map(r -> new Change(r.id(), r.seqNo(), r.primaryTerm(), r.persons())).toList()));
            }
            resolutions.stream().filter(r -> written.contains(r.id())).forEach(r -> resolved.addAll(r.resolved().keySet()));
            changed.addAll(written);
            if (!written.isEmpty()) {
                client.indices().refresh(r -> r.index(index));
            }
        }
        return resolved.size();
    }

    /** The list in consecutive pieces of at most {@code size}. */
    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }

    /** name -> the name to store it under, from the number of articles per person name. */
    static Map<String, String> merges(Map<String, Long> counts) {
        try {
            return merges(each -> counts.forEach(each::accept));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a map is not read from anywhere
        }
    }

    /** Every person name of an archive with its articles, handed to {@code each}; read more than once. */
    interface PersonNames {
        void forEach(ObjLongConsumer<String> each) throws IOException;
    }

    /**
     * name -> the name to store it under: first each spelling under the group's kept spelling, then, over the kept
     * spellings, each form of a name under its most used form ({@link MiddleNames}: "Yasonna H. Laoly" under
     * "Yasonna Laoly"), then a surname named alone under its full name; a name goes straight to where the last of
     * these steps puts it. Three reads of the names.
     */
    private static Map<String, String> merges(PersonNames names) throws IOException {
        NameSpellings spellings = new NameSpellings();
        names.forEach((name, articles) -> spellings.count(name));
        MiddleNames middleNames = new MiddleNames();
        names.forEach((name, articles) -> {
            if (!spellings.take(name, articles)) {
                middleNames.count(name);
            }
        });
        Map<String, String> spelled = spellings.merges((kept, articles) -> middleNames.count(kept));
        NameCounts counts = new NameCounts();
        ObjLongConsumer<String> toMiddleNames = (name, articles) -> {
            if (!middleNames.take(name, articles)) {
                counts.add(name, articles);
            }
        };
        names.forEach((name, articles) -> {
            if (!spellings.took(name)) {
                toMiddleNames.accept(name, articles);
            }
        });
        spellings.forEachKept(toMiddleNames);
        Map<String, String> formed = middleNames.merges(counts::add);
        Map<String, String> surnames = counts.merges();
        Map<String, String> merges = new TreeMap<>();
        for (Map<String, String> step : List.of(spelled, formed, surnames)) {
            step.keySet().forEach(name -> {
                String spelling = spelled.getOrDefault(name, name);
                String form = formed.getOrDefault(spelling, spelling);
                merges.put(name, surnames.getOrDefault(form, form));
            });
        }
        return merges;
    }

    /**
     * The person names of an archive as far as the merge needs them, read one name at a time: the one-word
     * names, and per first or last word of the longer names the articles of all of them and the most used one.
     * About 150 bytes a one-word name or distinct end word, so that a few million names fit an ingest's heap.
     */
    static final class NameCounts {

        /** The full names beginning or ending with one word: their articles in all, and the most used. */
        private static final class EndWord {
            long all;
            String top;
            long topArticles;

            void add(String name, long articles) {
                all += articles;
                if (top == null || articles > topArticles || articles == topArticles && name.compareTo(top) < 0) {
                    top = name;
                    topArticles = articles;
                }
            }
        }

        private final Map<String, EndWord> endWords = new HashMap<>();
        private final Map<String, Long> oneWord = new HashMap<>();

        void add(String name, long articles) {
            int firstSpace = name.indexOf(' ');
            if (firstSpace < 0) {
                oneWord.put(name, articles);
                return;
            }
            String first = key(name.substring(0, firstSpace));
            String last = key(name.substring(name.lastIndexOf(' ') + 1));
            endWords.computeIfAbsent(first, k -> new EndWord()).add(name, articles);
            if (!last.equals(first)) {
                endWords.computeIfAbsent(last, k -> new EndWord()).add(name, articles);
            }
        }

        Map<String, String> merges() {
            PersonAliases aliases = PersonAliases.standard();
            Map<String, String> merges = new TreeMap<>();
            oneWord.forEach((name, alone) -> {
                EndWord fullNames = endWords.get(key(name));
                if (fullNames != null && !aliases.knows(name) && endsWith(fullNames.top, name)
                        && fullNames.topArticles >= MIN_FULL_NAME_ARTICLES && fullNames.topArticles >= MIN_SHARE * fullNames.all
                        && alone <= MAX_ALONE_PER_FULL * fullNames.topArticles) {
                    merges.put(name, fullNames.top);
                }
            });
            return merges;
        }
    }

    private static boolean endsWith(String fullName, String word) {
        return key(fullName.substring(fullName.lastIndexOf(' ') + 1)).equals(key(word));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Articles per person name over the whole index, page by page. */
    private void forEachPerson(ObjLongConsumer<String> each) throws IOException {
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            var response = client.search(s -> s.index(index).size(0)
                    .aggregations("persons", a -> a.composite(c -> {
                        c.size(countPage).sources(NamedValue.of("name",
                                CompositeAggregationSource.of(cs -> cs.terms(t -> t.field("persons")))));
                        return from == null ? c : c.after(from);
                    })), Void.class);
            CompositeAggregate page = response.aggregations().get("persons").composite();
            for (CompositeBucket bucket : page.buckets().array()) {
                each.accept(bucket.key().get("name").stringValue(), bucket.docCount());
            }
            if (page.buckets().array().size() < countPage || page.afterKey() == null || page.afterKey().isEmpty()) {
                return;
            }
            after = page.afterKey();
        }
    }

    /** An article's persons as they are to be, if the article is unchanged since it was read. */
    private record Change(String id, Long seqNo, Long primaryTerm, List<String> persons) {
    }

    private interface PageConsumer {
        void accept(List<Hit<Map>> page) throws IOException;
    }

    /**
     * Every article that names one of the names, in pages ordered by the unique id, each page after the last id read,
     * with its persons and version (the minimal Elasticsearch distribution Warta runs has no update-by-query).
     */
    private void forEachPage(List<String> names, PageConsumer each) throws IOException {
        List<FieldValue> terms = names.stream().map(FieldValue::of).toList();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var page = client.search(s -> {
                s.index(index).size(updateBatch).seqNoPrimaryTerm(true).source(src -> src.filter(f -> f.includes("persons")))
                        .query(q -> q.terms(t -> t.field("persons").terms(v -> v.value(terms))))
                        .sort(o -> o.field(f -> f.field("id")));
                return from == null ? s : s.searchAfter(from);
            }, Map.class).hits().hits();
            if (page.isEmpty()) {
                return;
            }
            each.accept(page.stream().filter(hit -> hit.source() != null && hit.source().get("persons") instanceof List<?>).toList());
            after = page.getLast().sort();
        }
    }

    private static List<String> persons(Hit<Map> hit) {
        return ((List<?>) hit.source().get("persons")).stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }

    /**
     * Writes the changes, each only if its article is unchanged since it was read: one that another writer changed or
     * deleted meanwhile is left to the next merge. Returns the ids written.
     */
    private Set<String> write(List<Change> changes) throws IOException {
        Set<String> written = new HashSet<>();
        if (changes.isEmpty()) {
            return written;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        String ingestedAt = Instant.now().toString();
        for (Change change : changes) {
            Map<String, Object> doc = restamp ? Map.of("persons", change.persons(), "ingested_at", ingestedAt)
                    : Map.of("persons", change.persons());
            bulk.operations(op -> op.update(u -> u.id(change.id()).ifSeqNo(change.seqNo()).ifPrimaryTerm(change.primaryTerm())
                    .action(a -> a.doc(doc))));
        }
        for (var item : client.bulk(bulk.build()).items()) {
            if (item.error() == null) {
                written.add(item.id());
            } else if (item.status() != 409 && item.status() != 404) {
                throw new WartaException("Elasticsearch refused to update the persons of article " + item.id() + ": "
                        + item.error().reason());
            }
        }
        return written;
    }

    /** The names with each merged one replaced by its full name, each name once, in their order. */
    private static List<String> renamed(List<String> persons, Map<String, String> merges) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String name : persons) {
            out.add(merges.getOrDefault(name, name));
        }
        return List.copyOf(out);
    }
}
