package id.warta.cli;

import id.warta.search.ArticleSearch;
import id.warta.search.SearchParameters;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.Callable;

/** `warta search QUERY [filters]`: hits and facets as tables, or with --json the API's JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the indexed articles, with the API's syntax, filters and facets.",
                "Query syntax: words (all must match; when no article has all of them, any), \"exact phrases\", OR,",
                "-excluded, title:word; AND and NOT as in other search tools (\"Korut AND Rusia\", \"Korut NOT Rusia\").",
                "Uses WARTA_ES_URL when set, else the local Elasticsearch node, which it starts if it is not running and",
                "leaves running for the next command (`warta node stop` stops it)."})
public class SearchCommand implements Callable<Integer> {

    @Mixin
    SearchFilterOptions filters;

    @Option(names = "--sort", description = "relevance (default) or date.")
    String sort;

    @Option(names = "--size", description = "Hits to show, 1 to 100 (default 20).")
    String size;

    @Option(names = "--cursor", description = "Continue from a previous page's cursor (same other options).")
    String cursor;

    @Option(names = "--recency", description = "Prefer recent articles among good matches.")
    boolean recency;

    @Option(names = "--json", description = "Print the same JSON as GET /api/search.")
    boolean json;

    @Override
    public Integer call() {
        SearchParameters parameters = filters.parameters(sort, size, cursor, recency ? "true" : null);
        try (var context = SpringContexts.batch()) {
            ReadOnlyIndex.requireCurrent(context);
            ArticleSearch search = context.getBean(ArticleSearch.class);
            SearchRequest request = search.validate(parameters);
            SearchResult result = search.search(request);
            if (json) {
                System.out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                ResultTables.print(result, request, System.out);
            }
            return 0;
        }
    }
}
