package id.warta.search.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.warta.WartaException;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.search.ArticleHit;
import id.warta.search.ArticleSearch;
import id.warta.search.CountryNames;
import id.warta.search.CursorCodec;
import id.warta.search.SearchParameters;
import id.warta.search.SearchResult;
import id.warta.search.WordMatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How well Warta's search ranks the passage that answers a question: the passages of every question set
 * are indexed, as article bodies, into an index of their own (made from index-mappings/, deleted at the
 * end); each question is sent as a user would type it, through the query module, and the rank of its
 * passage among the first {@value #DEPTH} hits is scored.
 */
public final class RelevanceEvaluation {

    public static final int DEPTH = 10;
    public static final String DEFINITION = "each question searched as typed (all words, falling back to any); "
            + "MRR@" + DEPTH + ": mean of 1/rank of the answering passage (0 beyond " + DEPTH + "); first: share answered "
            + "by the first hit; top " + DEPTH + ": share answered within " + DEPTH + " hits; no hits: share finding nothing; "
            + "any word: share that fell back to any word";
    private static final int BULK = 500;
    private static final Logger LOG = LoggerFactory.getLogger(RelevanceEvaluation.class);

    /** The scores of one question set, or of several together. */
    public record Score(int questions, double reciprocalRanks, int first, int inTop, int noHits, int anyWord) {

        static final Score NONE = new Score(0, 0, 0, 0, 0, 0);

        Score plus(Score other) {
            return new Score(questions + other.questions, reciprocalRanks + other.reciprocalRanks, first + other.first,
                    inTop + other.inTop, noHits + other.noHits, anyWord + other.anyWord);
        }

        public double mrr() {
            return share(reciprocalRanks);
        }

        @Override
        public String toString() {
            return String.format("MRR@%d %.3f  first %.3f  top %d %.3f  no hits %.3f  any word %.3f  (%d questions)",
                    DEPTH, mrr(), share(first), DEPTH, share(inTop), share(noHits), share(anyWord), questions);
        }

        private double share(double count) {
            return questions == 0 ? 0 : count / questions;
        }
    }

    /** Scores per set, in the order given, over one index of all their passages. */
    public record Result(int passages, Map<String, Score> perSet, Score all) {
    }

    private final ElasticsearchClient client;
    private final CountryNames countries;

    public RelevanceEvaluation(ElasticsearchClient client, CountryNames countries) {
        this.client = client;
        this.countries = countries;
    }

    public Result evaluate(List<QuestionSet> sets) {
        Map<String, String> passageIds = new LinkedHashMap<>();
        sets.forEach(set -> set.questions().forEach(q -> passageIds.computeIfAbsent(q.passage(), p -> "p" + passageIds.size())));
        IndexNames names = new IndexNames("warta-relevance-" + UUID.randomUUID().toString().substring(0, 8));
        new IndexBootstrap(client, names, IndexDefinition.load()).ensure();
        try {
            index(names, passageIds);
            ArticleSearch search = new ArticleSearch(client, names, countries, CursorCodec.withRandomKey());
            Map<String, Score> perSet = new LinkedHashMap<>();
            Score all = Score.NONE;
            for (QuestionSet set : sets) {
                Score score = Score.NONE;
                for (QuestionSet.Question question : set.questions()) {
                    score = score.plus(score(search, question.text(), passageIds.get(question.passage())));
                }
                perSet.merge(set.name(), score, Score::plus);
                all = all.plus(score);
            }
            return new Result(passageIds.size(), perSet, all);
        } finally {
            delete(names);
        }
    }

    private static Score score(ArticleSearch search, String question, String answer) {
        SearchResult result = search.search(search.validate(SearchParameters.query(question).withSize(String.valueOf(DEPTH))));
        List<String> ids = result.hits().stream().map(ArticleHit::id).toList();
        int rank = ids.indexOf(answer) + 1;
        return new Score(1, rank == 0 ? 0 : 1.0 / rank, rank == 1 ? 1 : 0, rank > 0 ? 1 : 0, ids.isEmpty() ? 1 : 0,
                result.match() == WordMatch.ANY ? 1 : 0);
    }

    private void index(IndexNames names, Map<String, String> passageIds) {
        List<Map.Entry<String, String>> passages = new ArrayList<>(passageIds.entrySet());
        try {
            for (int from = 0; from < passages.size(); from += BULK) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(names.writeAlias());
                for (Map.Entry<String, String> passage : passages.subList(from, Math.min(passages.size(), from + BULK))) {
                    String id = passage.getValue();
                    Map<String, Object> document = Map.of("id", id, "body", passage.getKey(), "source", "questions");
                    bulk.operations(op -> op.index(i -> i.id(id).document(document)));
                }
                for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
                    if (item.error() != null) {
                        throw new WartaException("Elasticsearch refused passage " + item.id() + ": " + item.error().reason());
                    }
                }
            }
            client.indices().refresh(r -> r.index(names.writeAlias()));
        } catch (IOException e) {
            throw new WartaException("cannot index the passages (" + e.getMessage() + ")", e);
        }
    }

    private void delete(IndexNames names) {
        try {
            client.indices().delete(d -> d.index(names.version(1)).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            // a leftover index: say so rather than hide the evaluation's own outcome
            LOG.warn("could not delete the evaluation index {}: {}", names.version(1), e.getMessage());
        }
    }
}
