package id.warta.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT) or SIGTERM while a job runs: the first asks the job to stop at the end of its chunk, so that it
 * ends recorded as stopped and the same command resumes it; a second one ends the process at once, as without this.
 * Without it the JVM's shutdown closed the job repository's database under the running step, which failed with a
 * stack trace. Handlers are installed for the job's run only ({@link #close()} puts the earlier ones back).
 */
final class StopOnSignal implements AutoCloseable {

    private static final String[] SIGNALS = {"INT", "TERM"};

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    /** @param stop asks the job to stop; returns whether one was running */
    StopOnSignal(java.util.function.BooleanSupplier stop) {
        AtomicBoolean asked = new AtomicBoolean();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            previous.put(signal, Signal.handle(signal, received -> {
                if (asked.compareAndSet(false, true) && stop.getAsBoolean()) {
                    System.err.println("\nwarta: stopping the job at the end of its chunk (Ctrl-C again quits at once); "
                            + "run the same command again to resume it");
                } else {
                    previous.get(signal).handle(received);
                }
            }));
        }
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
