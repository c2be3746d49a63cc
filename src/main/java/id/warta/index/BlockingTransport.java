package id.warta.index;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.DefaultTransportOptions;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;

/** The official client's request and response handling over {@link BlockingHttpClient}. */
final class BlockingTransport extends ElasticsearchTransportBase {

    BlockingTransport(BlockingHttpClient http) {
        this(http, DefaultTransportOptions.EMPTY, new JacksonJsonpMapper(), NoopInstrumentation.INSTANCE);
    }

    private BlockingTransport(BlockingHttpClient http, TransportOptions options, JsonpMapper mapper, Instrumentation instrumentation) {
        super(http, options, mapper, instrumentation);
    }

    @Override
    protected ElasticsearchTransportBase cloneWith(TransportOptions options, JsonpMapper mapper, Instrumentation instrumentation) {
        return new BlockingTransport((BlockingHttpClient) httpClient, options == null ? transportOptions : options,
                mapper == null ? this.mapper : mapper, instrumentation == null ? this.instrumentation : instrumentation);
    }
}
