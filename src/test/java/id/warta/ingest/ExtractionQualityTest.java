package id.warta.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.ingest.html.ArticlePage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #8: the main text of saved article pages. Each page in src/test/resources/id/warta/ingest/pages has
 * an .expected.json with the article's paragraphs and the boilerplate (navigation, ads, "Baca Juga" and
 * related-article blocks, comments, sidebars, footers) that must not be in the body. Recall is the share
 * of the article's paragraphs found in the extracted body; boilerplate hits count snippets found there.
 */
class ExtractionQualityTest {

    static final List<String> PAGES = List.of("kabarkota-banjir-medan", "wartadetik-harga-beras", "kabarmakassar-jembatan-gowa",
            "suaratimur-festival-sentani", "liputannusantara-avtur");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Extracted> results = new TreeMap<>();

    record Extracted(ArticlePage page, JsonNode expected, List<String> missed, List<String> boilerplate) {
    }

    @BeforeAll
    static void extract() throws IOException {
        int paragraphs = 0;
        int found = 0;
        int boilerplate = 0;
        int boilerplateHits = 0;
        System.out.printf("%-30s %9s %12s%n", "page", "recall", "boilerplate");
        for (String name : PAGES) {
            ArticlePage page = ArticlePage.from(page(name), null);
            JsonNode expected = JSON.readTree(resource(name + ".expected.json"));
            String body = normalise(page.body());
            List<String> missed = new ArrayList<>();
            expected.path("paragraphs").forEach(p -> {
                if (!body.contains(normalise(p.asText()))) {
                    missed.add(p.asText());
                }
            });
            List<String> hits = new ArrayList<>();
            expected.path("boilerplate").forEach(b -> {
                if (body.contains(normalise(b.asText()))) {
                    hits.add(b.asText());
                }
            });
            int total = expected.path("paragraphs").size();
            paragraphs += total;
            found += total - missed.size();
            boilerplate += expected.path("boilerplate").size();
            boilerplateHits += hits.size();
            System.out.printf("%-30s %4d/%-4d %5d/%-5d%n", name, total - missed.size(), total, hits.size(), expected.path("boilerplate").size());
            results.put(name, new Extracted(page, expected, missed, hits));
        }
        System.out.printf("%-30s %9.3f %5d/%-5d  (paragraph recall; boilerplate snippets in the body)%n", "all pages",
                (double) found / paragraphs, boilerplateHits, boilerplate);
    }

    /** A fixture page decoded as the html reader decodes it (one page is Windows-1252, declared ISO-8859-1). */
    static String page(String name) throws IOException {
        TextDecoding.Decoded decoded = HtmlDecoding.decode(resource(name + ".html"), null);
        assertThat(decoded.problem()).isNull();
        return decoded.text();
    }

    static byte[] resource(String file) throws IOException {
        try (InputStream in = ExtractionQualityTest.class.getResourceAsStream("pages/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    @DisplayName("every paragraph of each article is in the extracted body")
    void paragraphRecall() {
        results.forEach((name, r) -> assertThat(r.missed()).as("%s: paragraphs missing from the body:%n%s", name, r.page().body()).isEmpty());
    }

    @Test
    @DisplayName("no navigation, ad, related-article, comment, sidebar or footer text is in the extracted body")
    void noBoilerplate() {
        results.forEach((name, r) -> assertThat(r.boilerplate()).as("%s: boilerplate in the body:%n%s", name, r.page().body()).isEmpty());
    }

    @Test
    @DisplayName("the body is the article's paragraphs in order, one blank line between them")
    void paragraphsInOrder() {
        results.forEach((name, r) -> {
            List<String> expected = new ArrayList<>();
            r.expected().path("paragraphs").forEach(p -> expected.add(normalise(p.asText())));
            assertThat(r.page().body().split("\n\n")).as(name).containsExactlyElementsOf(expected);
        });
    }

    @Test
    @DisplayName("title, authors, canonical address and publication time come from JSON-LD, meta tags or the visible dateline")
    void metadata() {
        results.forEach((name, r) -> {
            JsonNode expected = r.expected();
            assertThat(r.page().title()).as(name).isEqualTo(expected.path("title").asText());
            List<String> authors = new ArrayList<>();
            expected.path("authors").forEach(a -> authors.add(a.asText()));
            assertThat(r.page().authors()).as(name).isEqualTo(authors);
            assertThat(r.page().url()).as(name).isEqualTo(expected.path("url").isNull() ? null : expected.path("url").asText());
            assertThat(ArticleDates.parse(r.page().published(), null, JobDefinition.JAKARTA).map(Object::toString))
                    .as(name + ": " + r.page().published()).contains(expected.path("published").asText());
        });
    }
}
