package id.warta.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that talks to the real Elasticsearch of this run ({@link TestCluster}). Test
 * methods and constructors may take a {@link co.elastic.clients.elasticsearch.ElasticsearchClient}, the
 * {@link id.warta.index.ClusterConnection} and a fresh {@link id.warta.index.IndexNames} of their own
 * (deleted afterwards).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ElasticsearchExtension.class)
public @interface ElasticsearchTest {
}
