package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The query module's beans. Cursors are signed with warta.search.cursor-key (WARTA_SEARCH_CURSOR_KEY)
 * when set, which several API instances behind one address must share; otherwise with a key kept in
 * WARTA_HOME, so that cursors survive a restart and the command line's --cursor works across runs.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    @Bean
    CountryNames countryNames() {
        return new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());
    }

    @Bean
    @Lazy
    CursorCodec cursorCodec(@Value("${warta.search.cursor-key:}") String key,
                            @Value("${warta.home:${user.home}/.warta}") Path home) throws NoSuchAlgorithmException {
        return key.isBlank() ? new CursorCodec(CursorKeyFile.in(home).read())
                : new CursorCodec(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    @Bean
    @Lazy
    ArticleSearch articleSearch(ElasticsearchClient client, IndexNames names, CountryNames countries, CursorCodec cursors) {
        return new ArticleSearch(client, names, countries, cursors);
    }
}
