package id.warta.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Intervals;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SpanQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link ParsedQuery} into an Elasticsearch query with the typed builders (user text is only
 * ever a match or phrase query's text). Words match through {@code indonesian_news} (stemmed), phrases and
 * quoted words through the unstemmed {@code .exact} sub-fields; titles weigh {@value #TITLE_BOOST} times
 * more than bodies, and a word in both counts in both ({@link #OTHER_FIELD}); the query's words found close
 * together rank higher ({@link #together}). A word or phrase naming a country also matches every other name of that country
 * that does not give false hits.
 */
public final class TextQuery {

    static final float TITLE_BOOST = 2.0f;
    /**
     * How much of a word's score in the other field (body, or title) adds to its best one. With the best field alone,
     * the body did not count beside a title that held the word, and the many articles with the word in their title
     * tied (246 of the 310 top-10 places of a review's searches on CLICK-ID). Short titles that repeat a word still
     * lead a one-word search ("gempa").
     */
    static final float OTHER_FIELD = 0.3f;
    /** The weight of a query's words found together ({@link #together}) against one word's. */
    static final float TOGETHER_BOOST = 2.0f;
    /** What separates the words of a name as the .exact sub-fields' tokenizer splits them, near enough. */
    private static final java.util.regex.Pattern NOT_IN_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Apostrophes, which the .exact sub-fields drop inside a word ("d’Ivoire" is "divoire"). */
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’ʼ]");
    /** The longest country name, in words, that unquoted consecutive words are joined to look up. */
    private static final int MAX_NAME_WORDS = 4;
    /** How many other words may stand between a query's words for them to count as together. */
    static final int NEAR = 2;

    /**
     * What an article scores that no name of the country finds, only extraction (it says "AS", or "Gedung Putih"): one
     * mention of the country's commonest name in a body of average length (BM25's k1 is 1.2).
     */
    static final double ONE_MENTION = 1 / (1 + 1.2);

    private final CountryNames countries;
    /** How rare each name of a country is; {@link DocumentFrequencies#NONE} leaves the names unweighed. */
    private final DocumentFrequencies frequencies;
    /** Whether this builds the query for the highlighter ({@link #forHighlighting()}). */
    private final boolean highlighting;

    public TextQuery(CountryNames countries) {
        this(countries, DocumentFrequencies.NONE, false);
    }

    /** A query whose country names are weighed alike by their rarity in the archive ({@link #weighed}). */
    TextQuery(CountryNames countries, DocumentFrequencies frequencies) {
        this(countries, frequencies, false);
    }

    private TextQuery(CountryNames countries, DocumentFrequencies frequencies, boolean highlighting) {
        this.countries = countries;
        this.frequencies = frequencies;
        this.highlighting = highlighting;
    }

    /**
     * The same query for the highlighter: a country's other name that begins or ends a longer name of something
     * else ("Korea", kept out of "Korea Utara") is a span query there that leaves out the longer names, so that a
     * search for South Korea does not mark the "Korea" of "Korea Utara" (the search scores it as a phrase, which
     * the highlighter would mark everywhere). Highlighted by the plain highlighter ({@link Highlights}), which
     * follows a span query's positions.
     */
    public TextQuery forHighlighting() {
        return new TextQuery(countries, DocumentFrequencies.NONE, true);
    }

    /** Whether {@link #forHighlighting()} builds another query than this for {@code parsed}. */
    public boolean highlightingDiffers(ParsedQuery parsed) {
        return requiredTerms(parsed).stream().flatMap(List::stream).map(t -> countries.codeFor(t.text()))
                .flatMap(Optional::stream).anyMatch(code -> countries.searchableNamesOf(code).stream()
                        .anyMatch(name -> !countries.longerNamesOfOthers(name).isEmpty()));
    }

    /** The query; with {@link WordMatch#ANY} any one required word, phrase or OR group is enough. */
    public Query build(ParsedQuery parsed, WordMatch match) {
        if (parsed.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<List<QueryTerm>> groups = requiredTerms(parsed);
        // Any word: a word the analyzer drops (a stop word) must then match nothing, not everything.
        boolean anyWord = match == WordMatch.ANY && groups.size() > 1;
        List<Query> each = groups.stream().map(group -> anyOf(group.stream().map(term -> expanded(term, !anyWord)).toList())).toList();
        List<Query> must = anyWord ? List.of(anyOf(each)) : each;
        List<Query> mustNot = parsed.excluded().stream().map(term -> expanded(term, false)).toList();
        Optional<Query> together = together(groups);
        return Query.of(q -> q.bool(b -> {
            b.must(must).mustNot(mustNot);
            if (must.isEmpty()) {
                b.must(m -> m.matchAll(a -> a));
            }
            together.ifPresent(b::should);
            return b;
        }));
    }

    /**
     * A bonus for the plain words of a query found close together, in order (at most {@value #NEAR} other words
     * between them), as a phrase of them would be: "banjir Jakarta" ranks a flood in Jakarta above "Banjir Order" in
     * a title, "harga beras" the price of rice above storing rice, "Joko Widodo" the president above Joko Anwar.
     * Each word still counts on its own; the bonus only orders the articles that have them all.
     */
    private static Optional<Query> together(List<List<QueryTerm>> groups) {
        List<String> words = groups.stream().filter(g -> g.size() == 1 && !g.getFirst().phrase() && !g.getFirst().titleOnly())
                .map(g -> g.getFirst().text()).toList();
        if (words.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.multiMatch(m -> m.query(String.join(" ", words)).fields(fields(false, ""))
                .type(TextQueryType.Phrase).slop(NEAR).tieBreaker((double) OTHER_FIELD).boost(TOGETHER_BOOST))));
    }

    /** Whether the query has several required words, phrases or OR groups, so that any of them matches more. */
    public boolean anyWordDiffers(ParsedQuery parsed) {
        return joinCountryNames(parsed.required()).size() > 1;
    }

    private static Query anyOf(List<Query> alternatives) {
        return alternatives.size() == 1 ? alternatives.getFirst()
                : Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    /**
     * Whether any required term matches through the {@code .exact} sub-fields (a phrase, a quoted word, or
     * a country name expanded into phrases): only then is highlighting those sub-fields worth its cost.
     */
    public boolean usesExactFields(ParsedQuery parsed) {
        return requiredTerms(parsed).stream().flatMap(List::stream)
                .anyMatch(t -> t.phrase() || countries.codeFor(t.text()).isPresent());
    }

    /** The required groups as they are searched: country names joined, stop words alone matched as written. */
    private List<List<QueryTerm>> requiredTerms(ParsedQuery parsed) {
        return stopWordsAsWritten(joinCountryNames(parsed.required()));
    }

    /**
     * A query of stop words only ("tidak ada", "yang") keeps no word through {@code indonesian_news}, and
     * would match every article alike: its words then match as written, as if each were quoted.
     */
    private static List<List<QueryTerm>> stopWordsAsWritten(List<List<QueryTerm>> groups) {
        boolean onlyStopWords = !groups.isEmpty() && groups.stream().flatMap(List::stream)
                .allMatch(t -> !t.phrase() && StopWords.onlyStopWords(t.text()));
        if (!onlyStopWords) {
            return groups;
        }
        return groups.stream().map(group -> group.stream()
                .map(QueryTerm::asPhrase).toList()).toList();
    }

    /**
     * The term itself, or, for a country name, the term OR every other name of the country that a search
     * can look for without false hits OR the articles where extraction found the country. A name that only counts
     * in its own casing ("AS") cannot be told from a common word ("as") in the index, and news also names a country
     * through its capital or seat of government ("Gedung Putih"): the articles where extraction found the country
     * stand in for them, so that "Amerika Serikat", "Amerika" and "AS" find the same articles (before, "Amerika
     * Serikat" missed 277 of the 1,638 articles on the United States in CLICK-ID, most of them saying only "AS").
     * A search of titles ({@code title:AS}) looks at titles alone.
     */
    private Query expanded(QueryTerm term, boolean required) {
        Optional<String> code = countries.codeFor(term.text());
        if (code.isEmpty()) {
            return single(term, required);
        }
        List<Query> alternatives = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean found = countries.isCaseSensitive(term.text());
        Query country = Query.of(q -> q.term(t -> t.field("countries").value(code.get())));
        if (!term.titleOnly()) {
            alternatives.add(country);
            names.add(term.text());
        } else if (found) {
            // title:AS: the country found in the article, and the word in its title ("as" there is not enough alone)
            alternatives.add(Query.of(q -> q.bool(b -> b.filter(country, single(term.asPhrase(), true)))));
            names.add(term.text());
        }
        boolean tagged = !alternatives.isEmpty();
        int typedAt = found ? -1 : alternatives.size();
        if (!found) {
            // as the country's other names are: "Cina" not where it ends "Bidara Cina", "Korea" not in "Korea Utara"
            alternatives.add(countries.longerNamesOfOthers(term.text()).isEmpty() ? single(term, required)
                    : countryName(term.text(), term.titleOnly()));
            names.add(term.text());
        }
        for (String name : countries.searchableNamesOf(code.get())) {
            if (!name.equalsIgnoreCase(term.text())) {
                alternatives.add(countryName(name, term.titleOnly()));
                names.add(name);
            }
        }
        // dis_max: an article scores by its best name of the country, not by how many names it uses.
        return Query.of(q -> q.disMax(d -> d.queries(weighed(code.get(), term, tagged, typedAt, names, alternatives))));
    }

    /**
     * The ways of finding a country, each weighed as the commonest of them ({@link DocumentFrequencies}: usually the
     * articles where extraction found the country), as Lucene's synonym query blends its words' frequencies: a rare
     * name does not outrank the common ones by its rarity. Unweighed, "Amerika" ranked first the articles that said
     * "Paman Sam" or "Amrik" once, "Jepang" a Jak-Japan festival, "Rusia" an English headline. The weight of a name of
     * several words comes from how many articles hold it as a phrase, while Lucene scores a phrase by its words' own
     * rarity, so such a name is weighed near, not exactly at, the commonest; it also counts as one word
     * ({@link #asOneWord}). Where the first alternative is the country found by extraction ({@code tagged}), its
     * articles score {@link #ONE_MENTION}; {@code typedAt} is where the query's own name is searched as text (-1: it
     * cannot be, "AS").
     */
    private List<Query> weighed(String code, QueryTerm term, boolean tagged, int typedAt, List<String> names,
                                List<Query> alternatives) {
        // what each query is: the extracted country, the query's own name (a word, stemmed, or a phrase), another name
        String own = term.phrase() ? "phrase" : "word";
        List<String> keys = java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> String.join("|", code,
                tagged && i == 0 && !term.titleOnly() ? "" : names.get(i).toLowerCase(Locale.ROOT),
                tagged && i == 0 ? "found" : i == typedAt ? own : "phrase",
                term.titleOnly() ? "title" : "all")).toList();
        Optional<double[]> idf = frequencies.idf(keys, alternatives);
        double commonest = idf.map(v -> java.util.Arrays.stream(v).min().orElse(1)).orElse(1.0);
        List<Query> weighed = new ArrayList<>(alternatives.size());
        for (int i = 0; i < alternatives.size(); i++) {
            Query alternative = alternatives.get(i);
            if (i == 0 && tagged) {
                float score = idf.isPresent() ? (float) (commonest * ONE_MENTION) : 1f;
                weighed.add(Query.of(q -> q.constantScore(c -> c.filter(alternative).boost(score))));
            } else {
                int at = i;
                double weight = idf.map(v -> v[at] > 0 ? commonest / v[at] : 1.0).orElse(1.0);
                weighed.add(asOneWord(alternative, names.get(i), (float) weight));
            }
        }
        return weighed;
    }

    /**
     * A word or phrase: words match stemmed, all of them required; a required word that the analyzer drops
     * altogether (a stop word such as "di" or "yang") is left out instead of matching nothing.
     */
    private static Query single(QueryTerm term, boolean required) {
        String suffix = term.phrase() ? ".exact" : "";
        return Query.of(q -> q.multiMatch(m -> m.query(term.text()).fields(fields(term.titleOnly(), suffix))
                .type(term.phrase() ? TextQueryType.Phrase : TextQueryType.BestFields)
                .tieBreaker((double) OTHER_FIELD)
                .operator(Operator.And)
                .zeroTermsQuery(required && !term.phrase() ? ZeroTermsQuery.All : ZeroTermsQuery.None)));
    }

    private static List<String> fields(boolean titleOnly, String suffix) {
        return titleOnly ? List.of("title" + suffix) : List.of("title" + suffix + "^" + TITLE_BOOST, "body" + suffix);
    }

    /**
     * A name of several words weighed as one word, as the word the user typed is (and by {@code weight}): "Korut" found as "Korea Utara" must
     * not count as two of the query's words, or a question's country would outrank the articles that hold most of
     * its other words.
     */
    private static Query asOneWord(Query name, String text, float weight) {
        int words = text.split(" ").length;
        return words == 1 && weight == 1f ? name : Query.of(q -> q.bool(b -> b.must(name).boost(weight / words)));
    }

    /**
     * Another name of a country, as a phrase, except where it begins a longer name of something else:
     * "Korea" for South Korea, but not the "Korea" of "Korea Utara".
     */
    private Query countryName(String name, boolean titleOnly) {
        List<String> longer = countries.longerNamesOfOthers(name);
        if (longer.isEmpty()) {
            return single(new QueryTerm(name, true, titleOnly, false), true);
        }
        if (highlighting) {
            return spansWithout(name, longer, titleOnly);
        }
        List<Intervals> others = longer.stream().map(TextQuery::phrase).toList();
        List<Query> perField = new ArrayList<>();
        for (String field : titleOnly ? List.of("title") : List.of("title", "body")) {
            perField.add(Query.of(q -> q.intervals(i -> i.field(field + ".exact")
                    .match(m -> m.query(name).ordered(true).maxGaps(0)
                            .filter(f -> f.notOverlapping(n -> n.anyOf(a -> a.intervals(others))))))));
        }
        Query where = perField.size() == 1 ? perField.getFirst() : Query.of(q -> q.disMax(d -> d.queries(perField)));
        // scored as the phrase, like the country's other names; the intervals only keep out the longer names
        return Query.of(q -> q.bool(b -> b.must(single(new QueryTerm(name, true, titleOnly, false), true)).filter(where)));
    }

    /** The name's words where they are not part of a longer name, on the .exact fields (see {@link #forHighlighting()}). */
    private static Query spansWithout(String name, List<String> longer, boolean titleOnly) {
        List<Query> perField = new ArrayList<>();
        for (String field : titleOnly ? List.of("title.exact") : List.of("title.exact", "body.exact")) {
            List<SpanQuery> others = longer.stream().map(other -> spans(field, other)).toList();
            SpanQuery exclude = others.size() == 1 ? others.getFirst() : SpanQuery.of(q -> q.spanOr(o -> o.clauses(others)));
            perField.add(Query.of(q -> q.spanNot(n -> n.include(spans(field, name)).exclude(exclude))));
        }
        return perField.size() == 1 ? perField.getFirst() : Query.of(q -> q.bool(b -> b.should(perField)));
    }

    /** A name's words in order, as the .exact sub-fields hold them (lower-cased, without apostrophes). */
    private static SpanQuery spans(String field, String name) {
        String text = APOSTROPHES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        List<SpanQuery> words = java.util.Arrays.stream(NOT_IN_A_WORD.split(text))
                .filter(w -> !w.isEmpty()).map(w -> SpanQuery.of(q -> q.spanTerm(t -> t.field(field).value(w)))).toList();
        return words.size() == 1 ? words.getFirst()
                : SpanQuery.of(q -> q.spanNear(n -> n.clauses(words).slop(0).inOrder(true)));
    }

    private static Intervals phrase(String text) {
        return Intervals.of(i -> i.match(m -> m.query(text).ordered(true).maxGaps(0)));
    }

    /**
     * Joins runs of plain words that together name a country ("Korea Utara") into one phrase term, so that
     * it expands like the quoted phrase would, and runs that name something else holding a country's name ("AS Roma")
     * into a phrase searched as written. Longest name first.
     */
    private List<List<QueryTerm>> joinCountryNames(List<List<QueryTerm>> groups) {
        List<List<QueryTerm>> out = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            int joined = 0;
            for (int length = Math.min(MAX_NAME_WORDS, groups.size() - i); length >= 2 && joined == 0; length--) {
                String candidate = plainWords(groups.subList(i, i + length));
                // a country's name becomes a phrase that expands; the name of something else that holds one
                // ("AS Roma", "Amerika Latin") a phrase searched as written, instead of the country and a word
                if (candidate != null && (countries.codeFor(candidate).isPresent() || countries.isOtherThanCountry(candidate))) {
                    out.add(List.of(new QueryTerm(candidate, true, false, false)));
                    joined = length;
                }
            }
            if (joined == 0) {
                out.add(groups.get(i));
                joined = 1;
            }
            i += joined;
        }
        return out;
    }

    /** The words joined by spaces when every group is a single plain word, else null. */
    private static String plainWords(List<List<QueryTerm>> groups) {
        StringBuilder words = new StringBuilder();
        for (List<QueryTerm> group : groups) {
            if (group.size() != 1 || group.getFirst().phrase() || group.getFirst().titleOnly()) {
                return null;
            }
            words.append(words.isEmpty() ? "" : " ").append(group.getFirst().text());
        }
        return words.toString();
    }
}
