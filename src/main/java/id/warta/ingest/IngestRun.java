package id.warta.ingest;

import java.nio.file.Path;

/**
 * One run of an ingest job: its definition, its run number (a new run starts when the previous one
 * completed) and where its rejects and duplicates go: {@code jobs/NAME/run-N-DEFINITION.rejects.jsonl}, so that
 * jobs of one name that read other inputs (or read them otherwise) never write over each other's files.
 */
record IngestRun(JobDefinition job, long runNumber, Path rejectsFile, Path duplicatesFile) {

    static IngestRun of(JobDefinition job, String definitionHash, long runNumber, Path wartaHome) {
        Path folder = wartaHome.resolve("jobs").resolve(job.name());
        String run = "run-" + runNumber + "-" + definitionHash.substring(0, 8);
        return new IngestRun(job, runNumber, folder.resolve(run + ".rejects.jsonl"), folder.resolve(run + ".duplicates.jsonl"));
    }
}
