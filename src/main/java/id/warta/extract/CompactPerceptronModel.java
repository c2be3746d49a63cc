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
 * normalisation), faster, in a handful of objects instead of some 1.8 million and in a little less memory.
 *
 * <p>Why: OpenNLP keeps a {@code HashMap<String, Context>} of every feature (some 360,000 for
 * Warta's name model: a map entry, a key string and its bytes, a context and its weights each). In
 * an ingest with a 512 MB heap that live set kept the garbage collector's concurrent marking busy
 * (1.6 s of CPU in a 10 s run over 3,000 articles; next to nothing in this form). Here a feature
 * is found by a 64-bit fingerprint of its text in an open-addressing table, and its weights for every
 * outcome (zeros included) sit side by side in one array: a look-up touches the table entry and the
 * weights, two places in memory, where the model is far larger than the processor's caches. Two
 * features of the model with the same fingerprint are refused at load time; a feature outside the
 * model that shares a fingerprint with one inside it (odds of about 1 in 10^13 per lookup) would be
 * scored as that one.
 */
final class CompactPerceptronModel implements MaxentModel {

    private static final long EMPTY = 0L;

    private final String[] outcomeNames;
    /**
     * Open addressing, two longs an entry: a feature's fingerprint, then its row. The two sit side by side, so a
     * look-up touches one place in memory for the entry and one for the weights.
     */
    private final long[] table;
    private final int mask;
    /**
     * Feature k's weight for outcome o at {@code weights[k * outcomes + o]}, zero where the feature has none: a
     * feature's weights side by side, found without an index array in between.
     */
    private final double[] weights;

    private CompactPerceptronModel(String[] outcomeNames, Map<String, Context> features) {
        this.outcomeNames = outcomeNames.clone();
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        this.table = new long[2 * capacity];
        this.mask = capacity - 1;
        int n = outcomeNames.length;
        this.weights = new double[features.size() * n];
        int feature = 0;
        for (Map.Entry<String, Context> entry : features.entrySet()) {
            Context context = entry.getValue();
            int[] outcomes = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int j = 0; j < outcomes.length; j++) {
                weights[feature * n + outcomes[j]] = parameters[j];
            }
            insert(entry.getKey(), feature);
            feature++;
        }
    }

    /** The compact form of {@code model}. */
    @SuppressWarnings("unchecked")
    static CompactPerceptronModel of(PerceptronModel model) {
        Object[] data = model.getDataStructures();
        return new CompactPerceptronModel((String[]) data[2], (Map<String, Context>) data[1]);
    }

    private void insert(String feature, int row) {
        long fingerprint = fingerprint(feature);
        int i = slot(fingerprint);
        while (table[2 * i] != EMPTY) {
            if (table[2 * i] == fingerprint) {
                throw new IllegalStateException("two features of the name model share a fingerprint: " + feature);
            }
            i = (i + 1) & mask;
        }
        table[2 * i] = fingerprint;
        table[2 * i + 1] = row;
    }

    /** The row of the feature, or -1 when the model does not know it (as OpenNLP's map lookup, null included). */
    private int find(String feature) {
        if (feature == null) {
            return -1;
        }
        long fingerprint = fingerprint(feature);
        for (int i = slot(fingerprint); ; i = (i + 1) & mask) {
            long found = table[2 * i];
            if (found == fingerprint) {
                return (int) table[2 * i + 1];
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
        int n = outcomeNames.length;
        Arrays.fill(probs, 0);
        for (String feature : context) {
            int k = find(feature);
            if (k >= 0) {
                // A weight the feature does not have is 0.0 here; adding it changes no sum.
                for (int o = 0, j = k * n; o < n; o++, j++) {
                    probs[o] += weights[j];
                }
            }
        }
        return normalise(probs, n);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        int n = outcomeNames.length;
        double[] probs = new double[n];
        for (int i = 0; i < context.length; i++) {
            int k = find(context[i]);
            if (k >= 0) {
                double value = values == null ? 1.0 : values[i];
                for (int o = 0, j = k * n; o < n; o++, j++) {
                    // OpenNLP adds only the weights a feature has. A weight of exactly 0 is skipped here, present or not:
                    // the same sums for every finite value (OpenNLP would give NaN for 0 times an infinite value).
                    if (weights[j] != 0) {
                        probs[o] += weights[j] * value;
                    }
                }
            }
        }
        return normalise(probs, n);
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
