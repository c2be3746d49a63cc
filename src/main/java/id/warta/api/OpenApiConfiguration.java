package id.warta.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 description's header; springdoc serves it at /v3/api-docs and the UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI wartaOpenApi() {
        return new OpenAPI().info(new Info().title("Warta search API").version("1")
                .description("Full-text search over Indonesian news archives, and analysis views over a search's "
                        + "articles (co-occurring persons and countries, distinctive words, entity timelines). "
                        + "Errors are RFC 9457 problem details: "
                        + "400 names the parameter to fix, 404 an unknown article, 503 an unreachable Elasticsearch.")
                .license(new License().name("Apache-2.0")));
    }
}
