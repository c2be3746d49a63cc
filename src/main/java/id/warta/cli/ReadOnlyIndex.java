package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import org.springframework.context.ApplicationContext;

/** The check the reading commands (`search`, `analyze`) make before they read: the index is one this build can read. */
final class ReadOnlyIndex {

    private ReadOnlyIndex() {
    }

    /** See {@link IndexBootstrap#requireCurrent()}. */
    static void requireCurrent(ApplicationContext context) {
        new IndexBootstrap(context.getBean(ElasticsearchClient.class), context.getBean(IndexNames.class), IndexDefinition.load())
                .requireCurrent();
    }
}
