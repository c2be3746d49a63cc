package id.warta.ingest;

import id.warta.extract.EntityExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Beans of the ingest job that are expensive to make: made once, when a job first needs them. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    @Lazy
    EntityExtractor entityExtractor() {
        return new EntityExtractor();
    }
}
