package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.warta.WartaException;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Checks a copy before any alias moves: both versions hold the same number of articles ingested before
 * a moment that the copy and its catch-ups fully cover, and a random sample of them is equal field by
 * field (after the same rewrite the copy applied, for --re-extract).
 */
final class CopyVerification {

    static final int SAMPLE = 200;
    private static final int SHOWN = 5;

    /** What the verification found; {@code differences} is empty when the copy is good. */
    record Outcome(long sourceCount, long targetCount, int sampled, List<String> differences) {
        boolean passed() {
            return differences.isEmpty();
        }
    }

    private final ElasticsearchClient client;
    private final UnaryOperator<Map<String, Object>> rewrite;

    CopyVerification(ElasticsearchClient client, UnaryOperator<Map<String, Object>> rewrite) {
        this.client = client;
        this.rewrite = rewrite;
    }

    /**
     * @param lastCatchUp when the last catch-up began. Every article ingested into {@code source} before
     *                    {@link #covered} of it has been copied; the counts are limited to those only while ingests
     *                    go on (the source holds more than the copy). An article written into {@code source} since
     *                    the catch-up began (an ingest of a new version of it, a merge of its persons' names) is not
     *                    compared: the catch-up after the swap brings it over.
     */
    Outcome verify(String source, String target, Instant lastCatchUp) {
        Instant covered = covered(lastCatchUp);
        try {
            client.indices().refresh(r -> r.index(source, target));
            long sourceTotal = client.count(c -> c.index(source)).count();
            long targetTotal = client.count(c -> c.index(target)).count();
            if (targetTotal > sourceTotal) {
                return new Outcome(sourceTotal, targetTotal, 0, List.of("document counts differ: " + sourceTotal + " in "
                        + source + ", " + targetTotal + " in " + target + ": the new version holds articles the live one does not"));
            }
            Query scope = targetTotal == sourceTotal ? Query.of(q -> q.matchAll(m -> m))
                    : Query.of(q -> q.range(r -> r.date(d -> d.field("ingested_at").lt(covered.toString()))));
            long sourceCount = client.count(c -> c.index(source).query(scope)).count();
            long targetCount = client.count(c -> c.index(target).query(scope)).count();
            List<String> differences = new ArrayList<>();
            if (sourceCount != targetCount) {
                differences.add("document counts differ: " + sourceCount + " in " + source + ", " + targetCount + " in " + target
                        + " (articles ingested before " + covered + ")");
            }
            int sampled = compareSample(source, target, scope, lastCatchUp, differences);
            return new Outcome(sourceCount, targetCount, sampled, differences.size() > SHOWN + 1
                    ? List.copyOf(differences.subList(0, SHOWN + 1)) : List.copyOf(differences));
        } catch (IOException | RuntimeException e) {
            throw new WartaException("cannot verify the copy " + target + " (" + e.getMessage() + "); run `warta reindex` again", e);
        }
    }

    /** Before when a catch-up that began at this instant copied every article: an ingest's margin earlier. */
    static Instant covered(Instant catchUpStart) {
        return catchUpStart.minus(CatchUp.INGEST_MARGIN);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compareSample(String source, String target, Query covered, Instant lastCatchUp, List<String> differences)
            throws IOException {
        var sample = client.search(s -> s.index(source).size(SAMPLE)
                .query(q -> q.functionScore(f -> f.query(covered)
                        .functions(fn -> fn.randomScore(r -> r.seed(String.valueOf(target.hashCode())).field("_seq_no"))))), Map.class);
        List<Map<String, Object>> originals = sample.hits().hits().stream().map(h -> (Map<String, Object>) ((Hit<Map>) h).source()).toList();
        if (originals.isEmpty()) {
            return 0;
        }
        List<String> ids = originals.stream().map(d -> String.valueOf(d.get("id"))).toList();
        var copies = client.mget(m -> m.index(target).ids(ids), Map.class).docs();
        for (int i = 0; i < originals.size(); i++) {
            var copy = copies.get(i);
            Map<String, Object> original = originals.get(i);
            if (!copy.isResult() || !copy.result().found()) {
                differences.add(ids.get(i) + ": missing from " + target);
                continue;
            }
            Map<String, Object> copied = (Map<String, Object>) copy.result().source();
            if (CatchUp.ingestedAt(copied).isAfter(CatchUp.ingestedAt(original))
                    || !CatchUp.ingestedAt(original).isBefore(lastCatchUp)) {
                continue; // written again since: the newer article is the right one, or is still to be caught up
            }
            Map<String, Object> expected = rewrite.apply(original);
            for (String field : new TreeSet<>(union(expected, copied))) {
                if (!Objects.equals(expected.get(field), copied.get(field))) {
                    differences.add(ids.get(i) + ": field '" + field + "' is " + shorten(expected.get(field)) + " in "
                            + source + " but " + shorten(copied.get(field)) + " in " + target);
                }
            }
        }
        return originals.size();
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String shorten(Object value) {
        String text = value == null ? "absent" : "'" + value + "'";
        return text.length() > 80 ? text.substring(0, 77) + "...'" : text;
    }
}
