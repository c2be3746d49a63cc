package id.warta.extract;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SilverCorpusTest {

    private static TokenNameFinderModel casedModel() throws IOException {
        WartaNameFinderFactory.register();
        try (InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            return new TokenNameFinderModel(in);
        }
    }

    @Test
    void labelsTheSentencesOfCasedArticlesWithTheCasedModelAndTheRules() throws IOException {
        List<String> bodies = List.of(
                "Harga beras naik lagi pekan ini di pasar induk, ujar Sutarmidji kepada wartawan di Pontianak.",
                "semua huruf kecil di artikel ini sehingga artikel ini dilewati oleh pelabel .",
                "Artikel ketiga dibaca bila setiap artikel dibaca, dan dilewati bila hanya satu dari tiga.");

        List<NerCorpus.Sentence> sentences = SilverCorpus.label(bodies, casedModel(), 10, 1);

        assertThat(sentences).hasSize(2);
        NerCorpus.Sentence first = sentences.get(0);
        assertThat(first.spans()).anySatisfy(span -> {
            assertThat(span.type()).isEqualTo(NerCorpus.PERSON);
            assertThat(first.tokens()[span.start()]).isEqualTo("Sutarmidji");
        });
        assertThat(SilverCorpus.label(bodies, casedModel(), 10, 3)).hasSize(1);
        assertThat(SilverCorpus.label(bodies, casedModel(), 1, 1)).hasSize(1);
    }
}
