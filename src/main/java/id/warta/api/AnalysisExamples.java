package id.warta.api;

/** Example answers of the analysis endpoints for the OpenAPI description (from the tests' fixture corpus). */
final class AnalysisExamples {

    static final String COOCCURRENCE = """
            {"facet": "person", "articles": 4, "match": "all", "archive": 16, "min_count": 1, "sort": "lift",
             "excluded": ["Mark Rutte"],
             "entities": [
               {"value": "Ursula von der Leyen", "label": null, "count": 1, "archive_count": 1, "lift": 4.0},
               {"value": "Volodymyr Zelensky", "label": null, "count": 3, "archive_count": 4, "lift": 3.0},
               {"value": "Joe Biden", "label": null, "count": 2, "archive_count": 5, "lift": 1.6}],
             "unmatched_filters": []}""";

    static final String SIGNIFICANT_TERMS = """
            {"articles": 4, "match": "all", "sampled": 4, "archive": 16, "min_count": 2, "excluded": [],
             "terms": [
               {"term": "rudal", "stem": "rudal", "forms": ["rudal"], "count": 4, "archive_count": 4, "score": 3.0},
               {"term": "meluncurkan", "stem": "luncur", "forms": ["meluncurkan", "diluncurkan"], "count": 3,
                "archive_count": 3, "score": 2.25},
               {"term": "balistik", "stem": "balistik", "forms": ["balistik"], "count": 2, "archive_count": 2, "score": 1.5}],
             "unmatched_filters": []}""";

    static final String TIMELINE = """
            {"match": "all", "interval": "week", "zone": "Asia/Jakarta",
             "entities": [
               {"entity": "person:Mark Rutte", "facet": "person", "value": "Mark Rutte", "label": null, "total": 3,
                "buckets": [{"start": "2024-01-01", "count": 1, "partial": false}, {"start": "2024-01-08", "count": 1, "partial": false},
                            {"start": "2024-01-15", "count": 1, "partial": false}, {"start": "2024-01-22", "count": 0, "partial": false}],
                "did_you_mean": []},
               {"entity": "country:KP", "facet": "country", "value": "KP", "label": "Korea Utara", "total": 3,
                "buckets": [{"start": "2024-01-01", "count": 1, "partial": false}, {"start": "2024-01-08", "count": 1, "partial": false},
                            {"start": "2024-01-15", "count": 0, "partial": false}, {"start": "2024-01-22", "count": 1, "partial": false}],
                "did_you_mean": []}]}""";

    private AnalysisExamples() {
    }
}
