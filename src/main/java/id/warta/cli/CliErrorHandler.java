package id.warta.cli;

import id.warta.WartaException;
import picocli.CommandLine;

/**
 * Turns an exception from a command into one line a user can act on. {@link WartaException}s
 * carry their own message; anything else is shown with its type so that a bug report names it.
 */
class CliErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        WartaException cause = wartaCause(ex);
        if (cause != null) {
            cli.getErr().println("warta: " + cause.getMessage());
        } else {
            cli.getErr().println("warta: " + ex);
            if (System.getenv("WARTA_DEBUG") != null) {
                ex.printStackTrace(cli.getErr());
            }
        }
        return 1;
    }

    /** The WartaException behind an exception, e.g. one that Spring wrapped while creating a bean. */
    private static WartaException wartaCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof WartaException warta) {
                return warta;
            }
        }
        return null;
    }
}
