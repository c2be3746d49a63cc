package id.warta.ingest;

import java.nio.file.Path;

/**
 * One run of an ingest job: its definition, its run number (a new run starts when the previous one
 * completed) and where its rejects and duplicates go.
 */
record IngestRun(JobDefinition job, long runNumber, Path rejectsFile, Path duplicatesFile) {

    static IngestRun of(JobDefinition job, long runNumber, Path wartaHome) {
        Path folder = wartaHome.resolve("jobs").resolve(job.name());
        return new IngestRun(job, runNumber, folder.resolve("run-" + runNumber + ".rejects.jsonl"),
                folder.resolve("run-" + runNumber + ".duplicates.jsonl"));
    }
}
