package id.warta.reindex;

import id.warta.WartaException;

import java.time.Duration;

/** Waiting between attempts without swallowing an interrupt. */
final class Sleep {

    private Sleep() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while waiting");
        }
    }
}
