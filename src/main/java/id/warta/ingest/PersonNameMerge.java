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
import java.util.stream.Collectors;

/**
 * First makes a name that the archive names as a person a person where an article took it for an organisation
 * ({@link #personsTakenForOrganizations}). Then stores a person that some articles name by surname alone under the full name the archive uses for
 * them: "Trump" becomes "Donald Trump", "Sumadi" "Budi Karya Sumadi"; a name that articles spell in several ways
 * that differ only in case, spaces, punctuation, accents or the old Indonesian spelling under one of them
 * ("WICAKSONO" becomes "Wicaksono", "Laode M. Syarif" "Laode M Syarif", "Suharto" "Soeharto": {@link NameSpellings});
 * and the forms of a name that write a middle name out, as an initial or not at all under the most used one
 * ("Yasonna H. Laoly" and "Yasonna Hamonangan Laoly" become "Yasonna Laoly": {@link MiddleNames}); and, once those are
 * written, a one-word name that full names begin or end with, article by article, under the one the persons named with it
 * point to ("Rossi" beside Marc Marquez becomes "Valentino Rossi": {@link LoneNames}). Within one
 * article the extractor already resolves a surname to the full name used there; this is the same across articles, so
 * that the person facet counts one person once. Organisations are not merged: they are named by acronyms, not
 * surnames. Run after an ingest over the whole index.
 * <p>
 * A one-word name is merged only into a full name that ends with it, that at least {@value #MIN_FULL_NAME_ARTICLES}
 * articles use, that holds at least 90% of the articles of all full names beginning or ending with that
 * word ("Harry" stays here, and is left to {@link LoneNames}: "Harry Kane" and "Harry Maguire" begin with it), and
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
     * full name in some article), the articles that changed, and the names that articles took for an organisation but
     * the archive names as a person, now persons there.
     */
    public record Result(int names, long articles, int personsFromOrganizations) {
    }

    private final IndexedEntities entities;
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
        this.entities = new IndexedEntities(client, index, restamp, countPage, updateBatch);
        this.updateBatch = updateBatch;
        this.namesPerQuery = namesPerQuery;
    }

    public Result run() {
        try {
            entities.refresh();
            Set<String> changed = new HashSet<>();
            int fromOrganizations = personsTakenForOrganizations(changed);
            Map<String, String> merges = merges(each -> entities.forEachName(IndexedEntities.PERSONS, each));
            for (List<String> names : chunks(List.copyOf(merges.keySet()), namesPerQuery)) {
                Set<String> written = new HashSet<>();
                entities.forEachPage(IndexedEntities.PERSONS, names, page -> written.addAll(entities.write(page.stream()
                        .map(article -> new IndexedEntities.Change(article, renamed(article.persons(), merges), null))
                        .toList())));
                refreshAfter(written, changed); // an article naming names of two chunks is read again with its new version
            }
            Set<String> loneNames = resolveLoneNames(changed);
            return new Result(merges.size() + loneNames.size(), changed.size(), fromOrganizations);
        } catch (IOException | RuntimeException e) {
            // the ingest and reindex summaries say to run the command again
            throw new WartaException("merging persons' names (organisations that are persons, surnames, spellings, forms of names "
                    + "and one-word names) on " + entities.index() + " failed (" + e.getMessage() + ")", e);
        }
    }

    /** Adds the ids written to {@code changed} and, if there are any, makes them visible to the next read. */
    private void refreshAfter(Set<String> written, Set<String> changed) throws IOException {
        if (!written.isEmpty()) {
            changed.addAll(written);
            entities.refresh();
        }
    }

    /**
     * A name that the archive names as a person in at least {@value #MIN_FULL_NAME_ARTICLES} articles, and in more
     * articles than it names it as an organisation, is a person in every article: where the extractor took it for an
     * organisation ("Menpora Imam Nahrawi", read as a ministry), it moves to the article's persons. A name mostly named
     * an organisation ("Persija") stays where it is: the name finder also takes riders and players named by surname in
     * results for teams. Returns how many names moved in some article.
     */
    private int personsTakenForOrganizations(Set<String> changed) throws IOException {
        Map<String, Long> personArticles = new HashMap<>();
        entities.forEachName(IndexedEntities.PERSONS, (name, articles) -> {
            if (articles >= MIN_FULL_NAME_ARTICLES) {
                personArticles.put(name, articles);
            }
        });
        List<String> moving = new ArrayList<>();
        entities.forEachName(IndexedEntities.ORGANIZATIONS, (name, articles) -> {
            Long asPerson = personArticles.get(name);
            if (asPerson != null && asPerson > articles) {
                moving.add(name);
            }
        });
        Set<String> moved = new HashSet<>();
        for (List<String> names : chunks(moving, namesPerQuery)) {
            Set<String> these = Set.copyOf(names);
            Set<String> written = new HashSet<>();
            entities.forEachPage(IndexedEntities.ORGANIZATIONS, names, page -> {
                Map<String, List<String>> movedIn = new HashMap<>();
                List<IndexedEntities.Change> changes = new ArrayList<>();
                for (IndexedEntities.Article article : page) {
                    Map<Boolean, List<String>> taken = article.organizations().stream()
                            .collect(Collectors.partitioningBy(these::contains));
                    if (!taken.get(true).isEmpty()) {
                        movedIn.put(article.id(), taken.get(true));
                        changes.add(new IndexedEntities.Change(article, withPersons(article.persons(), taken.get(true)),
                                taken.get(false)));
                    }
                }
                for (String id : entities.write(changes)) {
                    moved.addAll(movedIn.get(id));
                    written.add(id);
                }
            });
            refreshAfter(written, changed);
        }
        return moved.size();
    }

    /**
     * The persons with the names taken for organisations added, and a word of one of them that the article names alone
     * under it, as the extractor would have had it known them as persons ("Imam" beside "Imam Nahrawi"), unless another
     * of the article's full names holds that word too.
     */
    static List<String> withPersons(List<String> persons, List<String> taken) {
        List<String> all = new ArrayList<>(persons);
        taken.stream().filter(name -> !all.contains(name)).forEach(all::add);
        PersonAliases aliases = PersonAliases.standard();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String name : all) {
            List<String> holders = LoneNames.words(name).size() != 1 || aliases.knows(name) ? List.of()
                    : all.stream().filter(other -> LoneNames.holds(other, name)).toList();
            out.add(holders.size() == 1 && taken.contains(holders.getFirst()) ? holders.getFirst() : name);
        }
        return List.copyOf(out);
    }

    /**
     * The one-word names that the merges left, each read in its article by the persons named with it ({@link LoneNames}):
     * per batch of names, a read of their articles, a read of the articles of their candidates, and the writes.
     * Returns the names that went under a full name in some article.
     */
    private Set<String> resolveLoneNames(Set<String> changed) throws IOException {
        Set<String> resolved = new HashSet<>();
        LoneNames lone = new LoneNames();
        entities.forEachName(IndexedEntities.PERSONS, lone::count);
        for (List<String> words : chunks(lone.names(), Math.min(namesPerQuery, LONE_NAMES_PER_BATCH))) {
            LoneNames.Batch batch = lone.new Batch(words);
            entities.forEachPage(IndexedEntities.PERSONS, words, page -> page.forEach(batch::article));
            for (List<String> fullNames : chunks(List.copyOf(batch.fullNamesToRead()), namesPerQuery)) {
                Set<String> chunk = Set.copyOf(fullNames);
                entities.forEachPage(IndexedEntities.PERSONS, fullNames, page -> page.forEach(article -> batch.coMentions(article.persons(), chunk)));
            }
            Set<String> written = new HashSet<>();
            List<LoneNames.Resolution> resolutions = batch.resolutions();
            for (List<LoneNames.Resolution> some : chunks(resolutions, updateBatch)) {
                written.addAll(entities.write(some.stream().map(r -> new IndexedEntities.Change(r.read(), r.persons(), null)).toList()));
            }
            resolutions.stream().filter(r -> written.contains(r.read().id())).forEach(r -> resolved.addAll(r.resolved().keySet()));
            refreshAfter(written, changed);
        }
        return resolved;
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

    /** The names with each merged one replaced by its full name, each name once, in their order. */
    private static List<String> renamed(List<String> persons, Map<String, String> merges) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String name : persons) {
            out.add(merges.getOrDefault(name, name));
        }
        return List.copyOf(out);
    }
}
