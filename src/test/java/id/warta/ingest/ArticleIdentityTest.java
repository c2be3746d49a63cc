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
        assertThat(ArticleIdentity.id(url, "kompas", "Judul", null)).isEqualTo(ArticleIdentity.id(url, "tempo", "Lain", Instant.EPOCH));
        assertThat(ArticleIdentity.id(url, "kompas", "Judul", null))
                .isNotEqualTo(ArticleIdentity.id(ArticleIdentity.canonicalUrl("https://kompas.com/b"), "kompas", "Judul", null));
        assertThat(ArticleIdentity.id(Optional.empty(), "kompas", "Judul", Instant.EPOCH))
                .isEqualTo(ArticleIdentity.id(Optional.empty(), "kompas", "JUDUL ", Instant.EPOCH))
                .isNotEqualTo(ArticleIdentity.id(Optional.empty(), "kompas", "Judul", null));
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
