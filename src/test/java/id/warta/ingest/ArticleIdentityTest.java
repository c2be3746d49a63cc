package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdentityTest {

    @Test
    @DisplayName("tracking parameters, fragments, www and trailing slashes do not change the canonical URL")
    void canonicalUrl() {
        String canonical = ArticleIdentity.canonicalUrl("https://www.Kompas.com/read/2024/11/26/berita/?utm_source=fb&page=2#top").orElseThrow();
        assertThat(canonical).isEqualTo("https://kompas.com/read/2024/11/26/berita?page=2");
        assertThat(ArticleIdentity.canonicalUrl("http://kompas.com/read/2024/11/26/berita?page=2&fbclid=x")).contains(canonical);
        assertThat(ArticleIdentity.canonicalUrl("not a url")).isEmpty();
        assertThat(ArticleIdentity.canonicalUrl("ftp://kompas.com/x")).isEmpty();
    }

    @Test
    @DisplayName("the id is stable: the same URL gives the same id, another URL another id")
    void stableId() {
        Optional<String> url = ArticleIdentity.canonicalUrl("https://kompas.com/a");
        assertThat(ArticleIdentity.id(url, "kompas", "Judul", null, "h")).isEqualTo(ArticleIdentity.id(url, "tempo", "Lain", Instant.EPOCH, "h2"));
        assertThat(ArticleIdentity.id(url, "kompas", "Judul", null, "h"))
                .isNotEqualTo(ArticleIdentity.id(ArticleIdentity.canonicalUrl("https://kompas.com/b"), "kompas", "Judul", null, "h"));
        assertThat(ArticleIdentity.id(Optional.empty(), "kompas", "Judul", Instant.EPOCH, "h"))
                .isEqualTo(ArticleIdentity.id(Optional.empty(), "kompas", "JUDUL ", Instant.EPOCH, "other"))
                .isNotEqualTo(ArticleIdentity.id(Optional.empty(), "kompas", "Judul", null, "h"));
    }

    @Test
    @DisplayName("undated articles without URL that share a title are told apart by their content; the same one keeps its id")
    void undatedWithoutUrl() {
        String weather = ArticleIdentity.id(Optional.empty(), "kontan", "Prakiraan Cuaca Jakarta", null,
                ArticleIdentity.contentHash("Hujan ringan di Jakarta Selatan."));
        assertThat(weather)
                .isEqualTo(ArticleIdentity.id(Optional.empty(), "kontan", "Prakiraan Cuaca Jakarta", null,
                        ArticleIdentity.contentHash("Hujan ringan di Jakarta Selatan.")))
                .isNotEqualTo(ArticleIdentity.id(Optional.empty(), "kontan", "Prakiraan Cuaca Jakarta", null,
                        ArticleIdentity.contentHash("Cerah berawan sepanjang hari.")));
    }

    @Test
    @DisplayName("a port other than the default and a route fragment (#!/..., #/...) are part of the canonical URL")
    void portsAndRoutes() {
        assertThat(ArticleIdentity.canonicalUrl("https://example.com:8080/a")).contains("https://example.com:8080/a");
        assertThat(ArticleIdentity.canonicalUrl("https://example.com:443/a")).contains("https://example.com/a");
        assertThat(ArticleIdentity.canonicalUrl("https://example.com/#!/berita/123"))
                .contains("https://example.com/#!/berita/123")
                .isNotEqualTo(ArticleIdentity.canonicalUrl("https://example.com/#!/berita/456"));
        assertThat(ArticleIdentity.canonicalUrl("https://example.com/berita/1#komentar")).contains("https://example.com/berita/1");
    }

    @Test
    @DisplayName("a syndicated copy with other spacing, case and punctuation has the same content hash")
    void contentHash() {
        String original = "Presiden Joko Widodo meresmikan jalan tol, Senin (10/9/2019).";
        String copy = "  PRESIDEN Joko  Widodo meresmikan jalan tol Senin 10/9/2019 ";
        assertThat(ArticleIdentity.contentHash(copy)).isEqualTo(ArticleIdentity.contentHash(original));
        assertThat(ArticleIdentity.contentHash("Presiden meresmikan jembatan")).isNotEqualTo(ArticleIdentity.contentHash(original));
        assertThat(ArticleIdentity.normalise("Café  déjà-vu!")).isEqualTo("cafe deja vu");
    }
}
