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

    /** The same query with its country names weighed by {@code other}. */
    TextQuery withFrequencies(DocumentFrequencies other) {
        return new TextQuery(countries, other, highlighting);
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
        return CountryNameRuns.joined(parsed.required(), countries).size() > 1;
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
        return stopWordsAsWritten(CountryNameRuns.joined(parsed.required(), countries));
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
        String scope = term.titleOnly() ? "title" : "all";
        List<Way> ways = new ArrayList<>();
        boolean found = countries.isCaseSensitive(term.text());
        Query country = Query.of(q -> q.term(t -> t.field("countries").value(code.get())));
        if (!term.titleOnly()) {
            ways.add(new Way(String.join("|", code.get(), "found", scope), country, 1, true));
        } else if (found) {
            // title:AS: the country found in the article, and the word in its title ("as" there is not enough alone)
            ways.add(new Way(String.join("|", code.get(), term.text().toLowerCase(Locale.ROOT), "found", scope),
                    Query.of(q -> q.bool(b -> b.filter(country, single(term.asPhrase(), true)))), 1, true));
        }
        if (!found) {
            // as the country's other names are: "Cina" not where it ends "Bidara Cina", "Korea" not in "Korea Utara"
            ways.add(way(code.get(), term.text(), term.phrase() ? "phrase" : "word", scope,
                    countries.longerNamesOfOthers(term.text()).isEmpty() ? single(term, required)
                            : countryName(term.text(), term.titleOnly())));
        }
        for (String name : countries.searchableNamesOf(code.get())) {
            if (!name.equalsIgnoreCase(term.text())) {
                ways.add(way(code.get(), name, "phrase", scope, countryName(name, term.titleOnly())));
            }
        }
        // dis_max: an article scores by its best name of the country, not by how many names it uses.
        return Query.of(q -> q.disMax(d -> d.queries(weighed(ways))));
    }

    /**
     * One way a search finds a country: {@code key} names the query for {@link DocumentFrequencies}; {@code found}: the
     * articles where extraction found the country, scored alike.
     */
    private record Way(String key, Query query, int words, boolean found) {
    }

    private static Way way(String code, String name, String kind, String scope, Query query) {
        return new Way(String.join("|", code, name.toLowerCase(Locale.ROOT), kind, scope), query, name.split(" ").length, false);
    }

    /**
     * The ways of finding a country, each weighed as the commonest of them ({@link DocumentFrequencies}: usually the
     * articles where extraction found the country), as Lucene's synonym query blends its words' frequencies: a rare
     * name does not outrank the common ones by its rarity. Unweighed, "Amerika" ranked first the articles that said
     * "Paman Sam" or "Amrik" once, "Jepang" a Jak-Japan festival, "Rusia" an English headline. The weight of a name of
     * several words comes from how many articles hold it as a phrase, while Lucene scores a phrase by its words' own
     * rarity, so such a name is weighed near, not exactly at, the commonest; it also counts as one word
     * ({@link #asOneWord}). The articles only extraction finds ({@link Way#found}) score {@link #ONE_MENTION}.
     */
    private List<Query> weighed(List<Way> ways) {
        Optional<double[]> idf = frequencies.idf(ways.stream().map(Way::key).toList(), ways.stream().map(Way::query).toList());
        double commonest = idf.map(v -> java.util.Arrays.stream(v).min().orElse(1)).orElse(1.0);
        List<Query> weighed = new ArrayList<>(ways.size());
        for (int i = 0; i < ways.size(); i++) {
            Way way = ways.get(i);
            if (way.found()) {
                float score = idf.isPresent() ? (float) (commonest * ONE_MENTION) : 1f;
                weighed.add(Query.of(q -> q.constantScore(c -> c.filter(way.query()).boost(score))));
            } else {
                int at = i;
                double weight = idf.map(v -> commonest / v[at]).orElse(1.0);
                weighed.add(asOneWord(way.query(), way.words(), (float) weight));
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
     * A name of several words weighed as one word, as the word the user typed is (and by {@code weight}): "Korut" found
     * as "Korea Utara" must not count as two of the query's words, or a question's country would outrank the articles
     * that hold most of its other words.
     */
    private static Query asOneWord(Query name, int words, float weight) {
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
}
