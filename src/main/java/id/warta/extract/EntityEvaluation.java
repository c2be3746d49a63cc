package id.warta.extract;

import id.warta.article.ArticleEntities;
import id.warta.article.PersonMention;
import id.warta.article.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures an {@link EntityExtractor} on gold NER sentences, each run as an article of its own (its
 * tokens joined by spaces as the body, no title).
 * <ul>
 *   <li>Persons: exact span match. Each gold person span and each extracted person mention is a
 *       character range in the sentence; a true positive is a range in both.</li>
 *   <li>Countries, per sentence: the gold countries of a sentence are the ISO codes that the
 *       country gazetteer finds in its gold location spans (LOC, LOCATION, PLACE, PLC); they are
 *       compared as a set with the countries the extractor reports for the sentence.</li>
 * </ul>
 */
public final class EntityEvaluation {

    /** The one-line definition printed with the figures. */
    public static final String DEFINITION =
            "persons: exact span match of every person mention; countries: per sentence, gold = ISO codes the "
            + "country gazetteer finds inside the gold location spans (LOC/LOCATION/PLACE/PLC), compared as a set "
            + "with the codes the extractor reports for the sentence";

    /** True positives, false positives and false negatives, with precision, recall and F1. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** The scores of one set, and the mistakes for inspection. */
    public record Result(int sentences, Score persons, Score countries, List<String> personErrors,
                         List<String> countryErrors) {
    }

    private final EntityExtractor extractor;
    private final CountryGazetteer gazetteer = CountryGazetteer.standard();

    public EntityEvaluation(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    public Result evaluate(List<NerCorpus.Sentence> sentences) {
        Score persons = new Score(0, 0, 0);
        Score countries = new Score(0, 0, 0);
        List<String> personErrors = new ArrayList<>();
        List<String> countryErrors = new ArrayList<>();
        for (NerCorpus.Sentence sentence : sentences) {
            String text = sentence.text();
            int[] starts = sentence.tokenStarts();
            ArticleEntities found = extractor.extract("", text);

            Set<String> goldPersons = new LinkedHashSet<>();
            Set<String> goldCountries = new LinkedHashSet<>();
            for (NerCorpus.TokenSpan span : sentence.spans()) {
                int start = starts[span.start()];
                int end = starts[span.end() - 1] + sentence.tokens()[span.end() - 1].length();
                if (NerCorpus.PERSON.equals(span.type())) {
                    goldPersons.add(start + ":" + end + ":" + text.substring(start, end));
                } else if (NerCorpus.LOCATION.equals(span.type())) {
                    goldCountries.addAll(gazetteer.codesIn(text.substring(start, end)));
                }
            }
            Set<String> foundPersons = new LinkedHashSet<>();
            for (PersonMention person : found.persons()) {
                for (Span span : person.mentions()) {
                    foundPersons.add(span.start() + ":" + span.end() + ":" + span.text());
                }
            }
            Set<String> foundCountries = new LinkedHashSet<>(found.countryCodes());
            Score p = compare(goldPersons, foundPersons);
            Score c = compare(goldCountries, foundCountries);
            persons = persons.plus(p);
            countries = countries.plus(c);
            if (p.fp() + p.fn() > 0) {
                personErrors.add("gold " + names(goldPersons) + " found " + names(foundPersons) + " | " + text);
            }
            if (c.fp() + c.fn() > 0) {
                countryErrors.add("gold " + goldCountries + " found " + foundCountries + " | " + text);
            }
        }
        return new Result(sentences.size(), persons, countries, personErrors, countryErrors);
    }

    private static List<String> names(Set<String> keys) {
        return keys.stream().map(k -> k.substring(k.indexOf(':', k.indexOf(':') + 1) + 1)).toList();
    }

    private static Score compare(Set<String> gold, Set<String> found) {
        Set<String> both = new HashSet<>(gold);
        both.retainAll(found);
        return new Score(both.size(), found.size() - both.size(), gold.size() - both.size());
    }
}
