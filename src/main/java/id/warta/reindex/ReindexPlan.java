package id.warta.reindex;

import id.warta.index.IndexMeta;
import id.warta.index.IndexNames;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import java.time.Instant;
import java.util.Map;

/**
 * One reindex: copy the live version {@code source} into the new version {@code target}.
 *
 * @param startedAt when the copy started: articles ingested into the source from then on are caught up
 */
record ReindexPlan(IndexNames names, String source, String target, boolean reExtract, Instant startedAt) {

    /**
     * The Spring Batch identity of this reindex: the same plan (read back from the new version's _meta)
     * resumes the same job instance; a discarded one is never mistaken for the next.
     */
    JobParameters parameters() {
        return new JobParametersBuilder()
                .addString("index", names.base())
                .addString("source", source)
                .addString("target", target)
                .addString("re-extract", String.valueOf(reExtract))
                .addString("started-at", startedAt.toString())
                .toJobParameters();
    }

    /** What the new version records in its _meta, so that `indices` and a resumed run know its origin. */
    Map<String, String> meta() {
        return Map.of(IndexMeta.REINDEXED_FROM, source, IndexMeta.REINDEX_STARTED_AT, startedAt.toString(),
                IndexMeta.RE_EXTRACT, String.valueOf(reExtract));
    }

    String describe() {
        return source + " → " + target + (reExtract ? " (re-extracting entities)" : "");
    }
}
