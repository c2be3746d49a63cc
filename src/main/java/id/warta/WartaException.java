package id.warta;

/**
 * A failure whose message tells the user what went wrong and what to do next. The command line
 * prints it as one line without a stack trace; the API maps it to a problem response.
 */
public class WartaException extends RuntimeException {
    public WartaException(String message) {
        super(message);
    }

    public WartaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message to show for a failure: the first WartaException among its causes, else the root cause's. */
    public static String userMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof WartaException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
