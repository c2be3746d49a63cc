package id.warta.cli;

import id.warta.reindex.ReindexRunner;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `warta rollback`. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Point the aliases back at the version the live one was copied from.",
                "That is the version `warta reindex` copied the live one from; the articles ingested since the live",
                "one went live are brought over.",
                "Refused when that version no longer exists (it is never swapped for another one)."})
public class RollbackCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (var context = SpringContexts.batch()) {
            String previous = context.getBean(ReindexRunner.class).rollback();
            System.out.println("The aliases now point at " + previous + ".");
            return 0;
        }
    }
}
