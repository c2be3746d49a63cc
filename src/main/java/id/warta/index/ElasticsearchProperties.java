package id.warta.index;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * warta.es.* (or WARTA_ES_URL, WARTA_ES_USER, WARTA_ES_PASSWORD, WARTA_ES_API_KEY, WARTA_ES_CA):
 * an external cluster. Without a URL, Warta uses (and starts) its managed local node.
 */
@ConfigurationProperties("warta.es")
public record ElasticsearchProperties(String url, String user, String password, String apiKey, Path ca, String index) {

    public ElasticsearchProperties {
        index = index == null || index.isBlank() ? IndexNames.ARTICLES.base() : index;
    }

    ClusterConnection connection() {
        if (url == null || url.isBlank()) {
            return ClusterConnector.resolve(System.getenv());
        }
        return new ClusterConnection(url.replaceAll("/+$", ""), blankToNull(user), blankToNull(password), blankToNull(apiKey), ca);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
