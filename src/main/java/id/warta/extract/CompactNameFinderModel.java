package id.warta.extract;

import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.io.InputStream;

/**
 * A name finder model read for finding names: its perceptron is held as a
 * {@link CompactPerceptronModel}, which scores exactly as OpenNLP's does, faster and in less memory.
 * For finding only; training writes models with OpenNLP's own classes.
 */
final class CompactNameFinderModel extends TokenNameFinderModel {

    /** Where OpenNLP keeps the classifier among a name finder model's artifacts. */
    private static final String CLASSIFIER_ENTRY = "nameFinder.model";

    CompactNameFinderModel(InputStream in) throws IOException {
        super(in);
        if (artifactMap.get(CLASSIFIER_ENTRY) instanceof PerceptronModel perceptron) {
            artifactMap.put(CLASSIFIER_ENTRY, CompactPerceptronModel.of(perceptron));
        }
    }
}
