package id.warta.ingest;

import id.warta.WartaException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which process runs a job execution: each execution records its owner's pid, so that a run left
 * "STARTED" by a killed process can be told from one that is really running elsewhere.
 */
public final class JobOwnership {

    private static final String OWNER_PID = "warta.owner.pid";
    /** Executions running in this process: the pid alone cannot tell them from abandoned ones. */
    private static final Set<Long> RUNNING_HERE = ConcurrentHashMap.newKeySet();

    private JobOwnership() {
    }

    /** A listener that records this process as the owner when the execution starts. */
    public static JobExecutionListener stamp(JobRepository repository) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                RUNNING_HERE.add(execution.getId());
                execution.getExecutionContext().putLong(OWNER_PID, ProcessHandle.current().pid());
                repository.updateExecutionContext(execution);
            }

            @Override
            public void afterJob(JobExecution execution) {
                RUNNING_HERE.remove(execution.getId());
            }
        };
    }

    /**
     * Refuses when {@code last} is running in a live process; marks it failed (so that it can be restarted)
     * when its owner is gone.
     *
     * @param what how the message names the job, e.g. "the job 'sample'"
     */
    public static void recoverIfAbandoned(JobExecution last, JobOperator operator, String what) {
        if (last == null || !last.isRunning()) {
            return;
        }
        long pid = last.getExecutionContext().getLong(OWNER_PID, -1L);
        boolean here = pid == ProcessHandle.current().pid();
        Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> !here || RUNNING_HERE.contains(last.getId()));
        if (owner.isPresent()) {
            throw new WartaException(what + " is already running (process " + pid + "); wait for it or stop that process");
        }
        operator.recover(last);
    }
}
