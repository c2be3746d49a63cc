package id.warta.cli;

import id.warta.search.DateBucket;
import id.warta.search.WordMatch;
import id.warta.search.analysis.Cooccurrence;
import id.warta.search.analysis.CooccurringEntity;
import id.warta.search.analysis.EntitySeries;
import id.warta.search.analysis.EntityTimeline;
import id.warta.search.analysis.SignificantTerm;
import id.warta.search.analysis.SignificantTerms;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The analysis views as plain-text tables for a terminal (numbers as 1,234.567 whatever the locale). */
final class AnalysisTables {

    private static final int NAME_WIDTH = 40;

    private AnalysisTables() {
    }

    /** What a count means when no article had every word of the query, as the search says it. */
    private static String anyWord(WordMatch match) {
        return match == WordMatch.ANY ? " (no article has every word: these have some of them)" : "";
    }

    static void cooccurrence(Cooccurrence c, PrintStream out) {
        String what = c.facet().equals("country") ? "Countries" : "Persons";
        out.printf(Locale.ROOT, "%,d articles match%s, of %,d in the archive.%n", c.articles(), anyWord(c.match()), c.archive());
        ResultTables.unmatched(out, c.unmatchedFilters());
        if (c.entities().isEmpty()) {
            out.printf(Locale.ROOT, "%s: none in %d or more matching articles.%n", what, c.minCount());
        } else {
            out.printf(Locale.ROOT, "%s mentioned with them (in %d or more), by %s:%n%n", what, c.minCount(), c.sort());
            out.printf(Locale.ROOT, "%-" + NAME_WIDTH + "s %9s %9s %8s%n", c.facet(), "articles", "archive", "lift");
            for (CooccurringEntity e : c.entities()) {
                String name = e.label() == null ? e.value() : e.value() + "  " + e.label();
                out.printf(Locale.ROOT, "%-" + NAME_WIDTH + "s %,9d %,9d %8.3f%n", cut(name, NAME_WIDTH), e.count(), e.archiveCount(), e.lift());
            }
        }
        if (!c.excluded().isEmpty()) {
            out.printf(Locale.ROOT, "%nLeft out, as the search asks for them: %s%n", String.join(", ", c.excluded()));
        }
    }

    static void significantTerms(SignificantTerms t, PrintStream out) {
        out.printf(Locale.ROOT, "%,d articles match%s; words counted in %,d of them against the %,d of the archive.%n", t.articles(),
                anyWord(t.match()), t.sampled(), t.archive());
        ResultTables.unmatched(out, t.unmatchedFilters());
        if (t.terms().isEmpty()) {
            out.printf(Locale.ROOT, "No word sets them apart (in %d or more matching articles).%n", t.minCount());
        } else {
            out.printf(Locale.ROOT, "Words that set them apart (in %d or more), most significant first:%n%n", t.minCount());
            out.printf(Locale.ROOT, "%-24s %9s %9s %8s  %s%n", "word", "articles", "archive", "score", "forms");
            for (SignificantTerm term : t.terms()) {
                out.printf(Locale.ROOT, "%-24s %,9d %,9d %8.3f  %s%n", cut(term.term(), 24), term.count(), term.archiveCount(),
                        term.score(), cut(String.join(", ", term.forms()), 60));
            }
        }
        if (!t.excluded().isEmpty()) {
            out.printf(Locale.ROOT, "%nLeft out, as the search asks for them: %s%n", String.join(", ", t.excluded()));
        }
    }

    static void timeline(EntityTimeline t, PrintStream out) {
        List<EntitySeries> series = t.entities();
        out.printf(Locale.ROOT, "Matching articles%s per %s (%s)%n%n", anyWord(t.match()), t.interval(), t.zone());
        if (series.getFirst().buckets().isEmpty()) {
            out.println("None of them is mentioned in the matching articles.");
            unnamed(series, out);
            return;
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-11s", t.interval().equals("day") ? "day" : t.interval() + " of"));
        int[] widths = new int[series.size()];
        for (int i = 0; i < series.size(); i++) {
            EntitySeries s = series.get(i);
            String name = s.label() == null ? s.entity() : s.entity() + " " + s.label();
            widths[i] = Math.max(8, Math.min(name.length(), NAME_WIDTH));
            header.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", cut(name, widths[i])));
        }
        out.println(header);
        List<DateBucket> first = series.getFirst().buckets();
        for (int row = 0; row < first.size(); row++) {
            StringBuilder line = new StringBuilder(ResultTables.bucketStart(first.get(row)));
            for (int i = 0; i < series.size(); i++) {
                line.append("  ").append(String.format(Locale.ROOT, "%," + widths[i] + "d", series.get(i).buckets().get(row).count()));
            }
            out.println(line);
        }
        StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-11s", "total"));
        for (int i = 0; i < series.size(); i++) {
            total.append("  ").append(String.format(Locale.ROOT, "%," + widths[i] + "d", series.get(i).total()));
        }
        out.println(total);
        ResultTables.partialNote(first, out);
        unnamed(series, out);
    }

    /** The persons no matching article names as written, with the names the user may have meant. */
    private static void unnamed(List<EntitySeries> series, PrintStream out) {
        for (EntitySeries s : series) {
            if (!s.didYouMean().isEmpty()) {
                out.printf("%s: no matching article names \"%s\"%s%n", s.entity(), s.value(), ResultTables.didYouMean(s.didYouMean()));
            }
        }
    }

    private static String cut(String text, int width) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
