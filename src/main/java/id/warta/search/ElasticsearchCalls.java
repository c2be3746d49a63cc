package id.warta.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs one call to Elasticsearch and translates its failures once, here, into what the user can act
 * on: an unreachable or overloaded cluster is {@link SearchUnavailableException}; an expired point in
 * time or a request Elasticsearch refuses is an {@link InvalidSearchException}.
 */
public final class ElasticsearchCalls {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ElasticsearchCalls.class);

    /** A call to Elasticsearch. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    private ElasticsearchCalls() {
    }

    public static <T> T run(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            throw translate(what, e);
        } catch (IOException | UncheckedIOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached (" + what + "): " + e.getMessage()
                    + ". Try again when the cluster is up.", e);
        }
    }

    private static RuntimeException translate(String what, ElasticsearchException e) {
        String types = types(e.error());
        if (types.contains("search_context_missing") || types.contains("point_in_time") && e.status() == 404) {
            return new InvalidSearchException("cursor", "the cursor has expired (it lasts a few minutes between pages): "
                    + "repeat the search without a cursor");
        }
        if (types.contains("index_not_found")) {
            return new SearchUnavailableException("there is no index '" + missingIndex(e.error()) + "' yet: ingest an archive "
                    + "first (`warta ingest batch-jobs/sample.yml`)", e);
        }
        if (e.status() == 400 && types.contains("too_many")) {
            return new InvalidSearchException("q", "the search is too complex for Elasticsearch: use fewer words or filters");
        }
        if (e.status() == 429 || e.status() >= 500) {
            return new SearchUnavailableException("Elasticsearch is overloaded or failing (" + what + ", status "
                    + e.status() + "). Try again shortly.", e);
        }
        // Anything else is a request Elasticsearch refuses. Input is checked before it gets here, so this
        // is most likely a Warta bug: logged as such, but answered as a search the user can change.
        LOG.warn("Elasticsearch refused {}: {}", what, e.getMessage(), e);
        return new InvalidSearchException("q", "Elasticsearch could not run this search (" + e.error().reason()
                + "): simplify the query or filters");
    }

    /**
     * Whether Elasticsearch answered that the shards a search reads are gone, as for a point in time on an index
     * deleted since (a reindex's old version, pruned): the same answer as for shards of a failing node.
     */
    static boolean shardsGone(SearchUnavailableException e) {
        if (!(e.getCause() instanceof ElasticsearchException es) || es.status() != 503) {
            return false;
        }
        StringBuilder all = new StringBuilder(types(es.error()));
        es.error().rootCause().forEach(cause -> all.append(types(cause)));
        return all.indexOf("no_shard_available") >= 0;
    }

    /** The index Elasticsearch did not find (as WARTA_ES_INDEX names it), from the error's metadata. */
    private static String missingIndex(ErrorCause error) {
        for (ErrorCause cause = error; cause != null; cause = cause.causedBy()) {
            var index = cause.metadata().get("index");
            if (index != null) {
                return index.to(String.class);
            }
        }
        return "articles";
    }

    /** The error's type and its causes' types, for matching. */
    private static String types(ErrorCause error) {
        StringBuilder out = new StringBuilder();
        for (ErrorCause cause = error; cause != null; cause = cause.causedBy()) {
            out.append(cause.type()).append(' ');
            cause.rootCause().forEach(root -> out.append(root.type()).append(' '));
        }
        return out.toString();
    }
}
