package id.warta.extract;

import id.warta.article.TextCleaner;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of news articles labelled by the cased name finder and {@link PersonRules} ("silver"
 * labels), for training the lower-case model: written in lower case, news loses the capitals that
 * the cased model reads names from, and the small gold sets alone teach the lower-case model few
 * names and contexts. The cased model reads cased news far better (persons F1 0.93 against 0.76 on
 * the dev splits), so the lower-case model learns from its labels on many more sentences.
 *
 * <p>Deterministic: every {@code every}-th article in the given order, its sentences of 6 to 60
 * tokens in order, until {@code maxSentences}; articles written wholly in lower case are skipped.
 */
public final class SilverCorpus {

    /** The recipe's defaults: 40,000 sentences from every second article. */
    public static final int DEFAULT_SENTENCES = 40_000;
    public static final int DEFAULT_EVERY = 2;

    private static final int MIN_TOKENS = 6;
    private static final int MAX_TOKENS = 60;

    private SilverCorpus() {
    }

    /** Labels the sentences of {@code bodies} (article texts as published) with {@code casedModel}. */
    public static List<NerCorpus.Sentence> label(Iterable<String> bodies, TokenNameFinderModel casedModel,
                                                 int maxSentences, int every) {
        NameFinderME finder = new NameFinderME(casedModel);
        Tokenizer tokenizer = new Tokenizer(false);
        List<NerCorpus.Sentence> sentences = new ArrayList<>();
        int article = 0;
        for (String body : bodies) {
            if (sentences.size() >= maxSentences) {
                break;
            }
            if (article++ % every != 0) {
                continue;
            }
            String text = TextCleaner.clean(body);
            if (text.isEmpty() || EntityExtractor.isLowerCase(text)) {
                continue;
            }
            List<Token> tokens = tokenizer.tokenize(text);
            for (int[] sentence : Sentences.split(text, tokens)) {
                int length = sentence[1] - sentence[0];
                if (length < MIN_TOKENS || length > MAX_TOKENS || sentences.size() >= maxSentences) {
                    continue;
                }
                String[] words = new String[length];
                for (int i = 0; i < length; i++) {
                    words[i] = tokens.get(sentence[0] + i).text();
                }
                sentences.add(new NerCorpus.Sentence(words, spans(finder, words)));
            }
            finder.clearAdaptiveData();
        }
        return sentences;
    }

    private static List<NerCorpus.TokenSpan> spans(NameFinderME finder, String[] words) {
        List<NerCorpus.TokenSpan> spans = new ArrayList<>();
        for (NameSpan span : EntityExtractor.sentenceNames(finder, words, CountryGazetteer.standard(), false, true)) {
            spans.add(new NerCorpus.TokenSpan(span.first(), span.end(), span.type()));
        }
        return spans;
    }
}
