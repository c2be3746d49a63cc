package id.warta.extract;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

import java.util.Arrays;
import java.util.Map;

/**
 * A trained OpenNLP perceptron model in a few flat arrays, for reading only. It gives exactly the
 * scores of {@link PerceptronModel#eval(String[], double[])} (same sums in the same order, same
 * normalisation) at the same speed, in about 40% less memory and in a handful of objects instead of
 * some 1.8 million.
 *
 * <p>Why: OpenNLP keeps a {@code HashMap<String, Context>} of every feature (some 360,000 for
 * Warta's name model: a map entry, a key string and its bytes, a context and its weights each). In
 * an ingest with a 512 MB heap that live set kept the garbage collector's concurrent marking busy
 * (1.6 s of CPU in a 10 s run over 3,000 articles; next to nothing in this form). Here a feature
 * is found by a 64-bit fingerprint of its text in an open-addressing table, and its weights sit
 * side by side in one array. Two features of the model with the same fingerprint are refused at
 * load time; a feature outside the model that shares a fingerprint with one inside it (odds of
 * about 1 in 10^13 per lookup) would be scored as that one.
 */
final class CompactPerceptronModel implements MaxentModel {

    private static final long EMPTY = 0L;

    private final String[] outcomeNames;
    private final long[] fingerprints;
    private final int[] slots;
    private final int mask;
    /** Feature k's outcomes and weights are outcomes[start[k] .. start[k + 1]), weights likewise. */
    private final int[] start;
    private final int[] outcomes;
    private final double[] weights;

    private CompactPerceptronModel(String[] outcomeNames, Map<String, Context> features) {
        this.outcomeNames = outcomeNames.clone();
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        this.fingerprints = new long[capacity];
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.start = new int[features.size() + 1];
        int total = features.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
        this.outcomes = new int[total];
        this.weights = new double[total];
        int feature = 0;
        int offset = 0;
        for (Map.Entry<String, Context> entry : features.entrySet()) {
            Context context = entry.getValue();
            int n = context.getOutcomes().length;
            System.arraycopy(context.getOutcomes(), 0, outcomes, offset, n);
            System.arraycopy(context.getParameters(), 0, weights, offset, n);
            start[feature] = offset;
            insert(entry.getKey(), feature);
            feature++;
            offset += n;
        }
        start[feature] = offset;
    }

    /** The compact form of {@code model}. */
    @SuppressWarnings("unchecked")
    static CompactPerceptronModel of(PerceptronModel model) {
        Object[] data = model.getDataStructures();
        return new CompactPerceptronModel((String[]) data[2], (Map<String, Context>) data[1]);
    }

    private void insert(String feature, int index) {
        long fingerprint = fingerprint(feature);
        int i = slot(fingerprint);
        while (fingerprints[i] != EMPTY) {
            if (fingerprints[i] == fingerprint) {
                throw new IllegalStateException("two features of the name model share a fingerprint: " + feature);
            }
            i = (i + 1) & mask;
        }
        fingerprints[i] = fingerprint;
        slots[i] = index;
    }

    /** The index of the feature, or -1 when the model does not know it (as OpenNLP's map lookup, null included). */
    private int find(String feature) {
        if (feature == null) {
            return -1;
        }
        long fingerprint = fingerprint(feature);
        for (int i = slot(fingerprint); ; i = (i + 1) & mask) {
            long found = fingerprints[i];
            if (found == fingerprint) {
                return slots[i];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    private int slot(long fingerprint) {
        long mixed = fingerprint * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }

    /** Two independent 32-bit hashes of the text side by side; never 0 (the empty mark). */
    static long fingerprint(String feature) {
        int second = 0x811C9DC5;
        for (int i = 0; i < feature.length(); i++) {
            second = (second ^ feature.charAt(i)) * 0x01000193;
        }
        long fingerprint = ((long) feature.hashCode() << 32) | (second & 0xFFFFFFFFL);
        return fingerprint == EMPTY ? 1L : fingerprint;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomeNames.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        Arrays.fill(probs, 0);
        for (String feature : context) {
            int k = find(feature);
            if (k >= 0) {
                for (int j = start[k]; j < start[k + 1]; j++) {
                    probs[outcomes[j]] += weights[j] * 1.0; // OpenNLP multiplies by the feature's value, 1.0 here
                }
            }
        }
        return normalise(probs, outcomeNames.length);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        double[] probs = new double[outcomeNames.length];
        for (int i = 0; i < context.length; i++) {
            int k = find(context[i]);
            if (k >= 0) {
                double value = values == null ? 1.0 : values[i];
                for (int j = start[k]; j < start[k + 1]; j++) {
                    probs[outcomes[j]] += weights[j] * value;
                }
            }
        }
        return normalise(probs, outcomeNames.length);
    }

    /**
     * As OpenNLP's perceptron does: scale by the largest magnitude (at least 1), then softmax, over the first
     * {@code n} entries (a caller's array may be longer than the number of outcomes).
     */
    private static double[] normalise(double[] sums, int n) {
        double max = 1;
        for (int o = 0; o < n; o++) {
            if (max < StrictMath.abs(sums[o])) {
                max = StrictMath.abs(sums[o]);
            }
        }
        double total = 0.0;
        for (int o = 0; o < n; o++) {
            sums[o] = StrictMath.exp(sums[o] / max);
            total += sums[o];
        }
        for (int o = 0; o < n; o++) {
            sums[o] /= total;
        }
        return sums;
    }

    @Override
    public String getBestOutcome(double[] probs) {
        return outcomeNames[ArrayMath.argmax(probs)];
    }

    @Override
    public String getAllOutcomes(double[] probs) {
        StringBuilder all = new StringBuilder();
        for (int o = 0; o < outcomeNames.length && o < probs.length; o++) {
            all.append(o == 0 ? "" : "  ").append(outcomeNames[o]).append('[').append(String.format("%.4f", probs[o])).append(']');
        }
        return all.toString();
    }

    @Override
    public String getOutcome(int index) {
        return outcomeNames[index];
    }

    @Override
    public int getIndex(String outcome) {
        return Arrays.asList(outcomeNames).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomeNames.length;
    }
}
