package id.warta.ingest;

import id.warta.extract.PersonAliases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One-word person names that the archive-wide merges leave alone, each read in its article by the persons named with
 * it: "Rossi" in an article that also names Marc Marquez and Andrea Dovizioso is Valentino Rossi, whom the archive
 * names with them, while "Rossi" beside Giuseppe Rossi's teammates would be him; "Imam" beside Miftahul Ulum is
 * Imam Nahrawi. The archive-wide rule of {@link PersonNameMerge} cannot merge such a name, since other full names
 * begin or end with the same word ("Rossi Tuntut Solusi Yamaha", a headline glued to a name, or "Imam Besar"), and it
 * merges no first names.
 * <p>
 * The candidates are the full names of at least {@value #MIN_FULL_NAME_ARTICLES} articles that begin or end with the
 * word (a word that begins or ends more than {@value #MAX_CANDIDATES}, "Muhammad", "Agus", is left alone); each
 * scores, for every other full name of the article (of as many articles as a candidate needs), the share of that
 * name's articles that name the candidate too, counting a name only when at least {@value #MIN_SHARED} articles name both. The best
 * candidate is taken when it scores at least {@value #MIN_EVIDENCE} and {@value #MIN_LEAD} times the next, and when the
 * word alone is in at most {@value PersonNameMerge#MAX_ALONE_PER_FULL} times its articles ("Wiranto", a name of its own,
 * does not go under a rare "Polhukam Wiranto"). A name stays as it is in an article that names no other full name, in
 * an article where a full name holding the word is named too (the extractor left it there on purpose: two persons
 * could be meant), and when it is a name the alias list knows. Names of three or more short syllables (Chinese,
 * Korean: "Goh Liu Ying") are no candidates: their words are given names that many share.
 * <p>
 * Used in three reads: the names of the archive with their articles ({@link #count}), then per {@link Batch} the
 * articles naming some of the {@link #names() words} and the articles naming their candidates.
 */
final class LoneNames {

    static final int MIN_FULL_NAME_ARTICLES = 3;
    static final int MIN_SHARED = 2;
    static final double MIN_EVIDENCE = 0.2;
    static final double MIN_LEAD = 3;
    /** A word that begins or ends more full names than this is a given name many share ("Muhammad", "Agus", "Budi"). */
    static final int MAX_CANDIDATES = 50;

    private final Map<String, Long> fullNames = new HashMap<>();
    private final Map<String, Long> oneWord = new HashMap<>();
    private Map<String, List<String>> candidates;

    /** A person name of the archive and the number of its articles. */
    void count(String name, long articles) {
        List<String> words = words(name);
        if (words.size() == 1) {
            oneWord.put(words.getFirst(), articles);
        } else if (words.size() > 1 && articles >= MIN_FULL_NAME_ARTICLES) {
            fullNames.put(name, articles);
        }
    }

    /** The one-word names that some full names begin or end with, sorted: the names whose articles a {@link Batch} reads. */
    List<String> names() {
        return candidates().keySet().stream().sorted().toList();
    }

    private Map<String, List<String>> candidates() {
        if (candidates == null) {
            Map<String, List<String>> byWord = new HashMap<>();
            fullNames.forEach((name, articles) -> {
                List<String> words = words(name);
                if (!MiddleNames.syllabic(words)) {
                    new LinkedHashSet<>(List.of(words.getFirst(), words.getLast())).stream().filter(oneWord::containsKey)
                            .forEach(word -> byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(name));
                }
            });
            PersonAliases aliases = PersonAliases.standard();
            byWord.keySet().removeIf(aliases::knows);
            byWord.values().removeIf(names -> names.size() > MAX_CANDIDATES);
            candidates = byWord;
        }
        return candidates;
    }

    /** A name's words: "Valentino Rossi" has two, a blank name none. */
    static List<String> words(String name) {
        String stripped = name.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    /** An article whose one-word names the persons named with it resolve: as read, its persons now, and what they were. */
    record Resolution(IndexedEntities.Article read, List<String> persons, Map<String, String> resolved) {
    }

    /** The articles naming some of the one-word names, and the co-mentions of their candidates. */
    final class Batch {

        private record Lone(String name, List<String> context) {
        }

        private record Reading(IndexedEntities.Article article, List<Lone> lone) {
        }

        private final List<Reading> readings = new ArrayList<>();
        /** Per candidate, the articles that also name each full name of some article's context. */
        private final Map<String, Map<String, Integer>> together = new HashMap<>();

        private final Set<String> words;

        /** A batch for some of the {@link #names()}. */
        Batch(List<String> words) {
            this.words = Set.copyOf(words);
        }

        /** An article that names one of the batch's words. */
        void article(IndexedEntities.Article article) {
            List<String> persons = article.persons();
            List<String> context = persons.stream().filter(fullNames::containsKey).toList();
            List<Lone> lone = new ArrayList<>();
            for (String name : persons) {
                List<String> names = words.contains(name) ? candidates().get(name) : null;
                if (names == null || context.isEmpty() || persons.stream().anyMatch(other -> holds(other, name))) {
                    continue;
                }
                lone.add(new Lone(name, context));
                for (String candidate : names) {
                    Map<String, Integer> counts = together.computeIfAbsent(candidate, k -> new HashMap<>());
                    context.forEach(other -> counts.putIfAbsent(other, 0));
                }
            }
            if (!lone.isEmpty()) {
                // what the write needs: its id, version and persons
                readings.add(new Reading(new IndexedEntities.Article(article.id(), article.seqNo(), article.primaryTerm(),
                        persons, List.of()), lone));
            }
        }

        /** The full names whose articles {@link #coMentions} must see. */
        Set<String> fullNamesToRead() {
            return together.keySet();
        }

        /** An article naming one of {@code fullNames}, some of {@link #fullNamesToRead()}: its persons. */
        void coMentions(List<String> persons, Set<String> fullNames) {
            for (String name : persons) {
                Map<String, Integer> counts = fullNames.contains(name) ? together.get(name) : null;
                if (counts != null) {
                    for (String other : persons) {
                        if (!other.equals(name)) {
                            counts.computeIfPresent(other, (k, n) -> n + 1);
                        }
                    }
                }
            }
        }

        /** The articles whose persons change. */
        List<Resolution> resolutions() {
            List<Resolution> out = new ArrayList<>();
            for (Reading reading : readings) {
                Map<String, String> resolved = new HashMap<>();
                for (Lone lone : reading.lone()) {
                    String fullName = fullName(lone);
                    if (fullName != null) {
                        resolved.put(lone.name(), fullName);
                    }
                }
                if (!resolved.isEmpty()) {
                    LinkedHashSet<String> persons = new LinkedHashSet<>();
                    reading.article().persons().forEach(name -> persons.add(resolved.getOrDefault(name, name)));
                    out.add(new Resolution(reading.article(), List.copyOf(persons), resolved));
                }
            }
            return out;
        }

        private String fullName(Lone lone) {
            String best = null;
            double bestScore = 0;
            double second = 0;
            for (String candidate : candidates().get(lone.name())) {
                Map<String, Integer> counts = together.get(candidate);
                double score = 0;
                for (String other : lone.context()) {
                    int both = counts.getOrDefault(other, 0);
                    score += both >= MIN_SHARED ? (double) both / fullNames.get(other) : 0;
                }
                if (score > bestScore) {
                    second = bestScore;
                    best = candidate;
                    bestScore = score;
                } else {
                    second = Math.max(second, score);
                }
            }
            boolean nameOfItsOwn = best != null
                    && oneWord.get(lone.name()) > PersonNameMerge.MAX_ALONE_PER_FULL * fullNames.get(best);
            return bestScore >= MIN_EVIDENCE && bestScore >= MIN_LEAD * second && !nameOfItsOwn ? best : null;
        }
    }

    /** Whether a full name holds the word: "Valentino Rossi" holds "Rossi". */
    static boolean holds(String fullName, String word) {
        List<String> words = words(fullName);
        return words.size() > 1 && words.contains(word);
    }
}
