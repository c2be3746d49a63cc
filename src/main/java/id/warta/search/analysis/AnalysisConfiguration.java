package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.CountryNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The analysis views' bean, created on first use like the search's (a command that needs neither never connects). */
@Configuration(proxyBeanMethods = false)
public class AnalysisConfiguration {

    @Bean
    @Lazy
    ArticleAnalysis articleAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries) {
        return new ArticleAnalysis(client, names, countries);
    }
}
