package id.warta.cli;

import id.warta.search.ArticleHit;
import id.warta.search.DateBucket;
import id.warta.search.FacetCount;
import id.warta.search.Facets;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResult;
import id.warta.search.UnmatchedFilter;
import id.warta.search.WordMatch;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A search result as plain-text tables for a terminal: hits, then each facet, then the date histogram. */
final class ResultTables {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int TITLE_WIDTH = 70;
    private static final int BAR_WIDTH = 40;

    private ResultTables() {
    }

    static void print(SearchResult result, SearchRequest request, PrintStream out) {
        out.printf(result.match() == WordMatch.ANY ? "No article has every word; %,d have some of them, best first.%n%n"
                : "%,d articles match.%n%n", result.total());
        unmatched(out, result.unmatchedFilters());
        if (!result.hits().isEmpty()) {
            out.printf("%-16s  %-12s  %-" + TITLE_WIDTH + "s  %s%n", "published (" + request.dates().zone().getId() + ")",
                    "source", "title", "id");
            for (ArticleHit hit : result.hits()) {
                String when = hit.publishedAt() == null ? "-" : WHEN.format(hit.publishedAt().atZone(request.dates().zone()));
                out.printf("%-16s  %-12s  %-" + TITLE_WIDTH + "s  %s%n", when, cut(hit.source(), 12), cut(hit.title(), TITLE_WIDTH),
                        hit.id());
            }
        }
        Facets facets = result.facets();
        if (facets != null) {
            facet(out, "Countries", facets.countries());
            facet(out, "Persons", facets.persons());
            facet(out, "Sources", facets.sources());
            histogram(out, facets);
        }
        if (result.nextCursor() != null) {
            out.printf("%nMore: repeat with --cursor %s%n", result.nextCursor());
        }
    }

    /** Each filter that matches nothing, and what its user may have meant ("Vladimir Putin" for "Putin"). */
    static void unmatched(PrintStream out, List<UnmatchedFilter> filters) {
        if (filters == null || filters.isEmpty()) {
            return;
        }
        for (UnmatchedFilter f : filters) {
            out.printf("No article under this search has %s \"%s\"%s%n", f.facet(), f.value(), didYouMean(f.didYouMean()));
        }
        out.println();
    }

    /** "; did you mean "Vladimir Putin" (42)?" with the counts, or "." when there is nothing to offer. */
    static String didYouMean(List<FacetCount> values) {
        return values.isEmpty() ? "." : values.stream()
                .map(c -> "\"" + c.value() + "\" (" + String.format("%,d", c.count()) + ")")
                .collect(java.util.stream.Collectors.joining(", ", "; did you mean ", "?"));
    }

    private static void facet(PrintStream out, String title, List<FacetCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.printf("%n%s%n", title);
        for (FacetCount c : counts.subList(0, Math.min(10, counts.size()))) {
            String name = c.label() == null ? c.value() : c.value() + "  " + c.label();
            out.printf("  %-40s %,8d%n", cut(name, 40), c.count());
        }
    }

    private static void histogram(PrintStream out, Facets facets) {
        List<DateBucket> buckets = facets.dates().buckets();
        if (buckets.isEmpty()) {
            return;
        }
        long max = buckets.stream().mapToLong(DateBucket::count).max().orElse(1);
        out.printf("%nBy %s (%s)%n", facets.dates().interval(), facets.dates().zone());
        for (DateBucket b : buckets) {
            int bar = max == 0 ? 0 : (int) Math.round((double) b.count() * BAR_WIDTH / max);
            out.printf("  %s %,8d %s%n", bucketStart(b), b.count(), "#".repeat(bar));
        }
        partialNote(buckets, out);
    }

    /** A bucket's first day, marked when the bucket counts only part of its period. */
    static String bucketStart(DateBucket bucket) {
        return bucket.start() + (bucket.partial() ? "*" : " ");
    }

    /** What the mark of {@link #bucketStart} means, under a table that has one. */
    static void partialNote(List<DateBucket> buckets, PrintStream out) {
        if (buckets.stream().anyMatch(DateBucket::partial)) {
            out.println("  * partial: the searched dates begin or end inside this period, or it is not over yet");
        }
    }

    private static String cut(String text, int width) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
