package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The Elasticsearch client and index names of a running Warta, created when first needed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
public class ElasticsearchConfiguration {

    @Bean
    @Lazy
    ClusterConnection clusterConnection(ElasticsearchProperties properties) {
        return properties.connection();
    }

    @Bean(destroyMethod = "close")
    @Lazy
    ElasticsearchClient elasticsearchClient(ClusterConnection connection) {
        return ElasticsearchClients.connect(connection);
    }

    @Bean
    IndexNames indexNames(ElasticsearchProperties properties) {
        return new IndexNames(properties.index());
    }
}
