package id.warta.extract;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name finder's features for one token: the word and its neighbours (two each side) in lower
 * case, their shapes ("Xx", "X", "x", "d", "X.X."), word and shape bigrams, prefixes and suffixes
 * up to four letters, the {@link NameCues} class of the words around it (a title two words before,
 * a speech verb after), whether it belongs to a country name, its position in the sentence, how
 * the word and its neighbours behave in a large news corpus ({@link WordStats}), and the marks of
 * the word and its neighbours in the names of persons, places and organisations ({@link NameGazetteer}).
 *
 * <p>Keeps a per-sentence cache, so an instance serves one thread: OpenNLP creates one per
 * {@code NameFinderME}.
 */
final class NameFeatures implements AdaptiveFeatureGenerator {

    private static final int WINDOW = 2;

    /** Whether the words before and after are parts of persons' names, by (before ? 2 : 0) + (after ? 1 : 0). */
    private static final String[] PERSON_PART_AROUND = {
            "gzp-1|gzp+1=false|false", "gzp-1|gzp+1=false|true", "gzp-1|gzp+1=true|false", "gzp-1|gzp+1=true|true"};

    /** The features of each {@link NameGazetteer} mark: of the word itself, of the word before, of the word after. */
    private static final Map<String, String[]> GAZETTEER_FEATURES = new ConcurrentHashMap<>();

    private String[] cachedTokens;
    private String[] lower;
    private String[] shape;
    private NameCues.Cue[] cues;
    private boolean[] country;
    private String[] stats;
    private String[][] gazetteer;
    private boolean[] personPart;
    private int[] runLength;
    private int[] runPosition;

    private String[][] cachedFeatures;

    /**
     * Beam search asks for the same token's features once per candidate sequence; they do not
     * depend on the previous outcomes, so they are computed once per sentence and token.
     */
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            prepare(tokens);
        }
        String[] cached = cachedFeatures[index];
        if (cached == null) {
            List<String> fresh = new java.util.ArrayList<>(48);
            compute(fresh, tokens, index);
            cached = fresh.toArray(String[]::new);
            cachedFeatures[index] = cached;
        }
        java.util.Collections.addAll(features, cached);
    }

    private void compute(List<String> features, String[] tokens, int index) {
        int n = tokens.length;
        String w = lower[index];
        features.add("w=" + w);
        features.add("sh=" + shape[index]);
        features.add("wsh=" + w + "|" + shape[index]);
        for (int k = -WINDOW; k <= WINDOW; k++) {
            if (k == 0) {
                continue;
            }
            int j = index + k;
            String word = j < 0 ? "<s>" : j >= n ? "</s>" : lower[j];
            String sh = j < 0 ? "<s>" : j >= n ? "</s>" : shape[j];
            features.add("w" + k + "=" + word);
            features.add("sh" + k + "=" + sh);
        }
        String prevWord = index > 0 ? lower[index - 1] : "<s>";
        String nextWord = index + 1 < n ? lower[index + 1] : "</s>";
        String prevShape = index > 0 ? shape[index - 1] : "<s>";
        String nextShape = index + 1 < n ? shape[index + 1] : "</s>";
        features.add("pw|w=" + prevWord + "|" + w);
        features.add("w|nw=" + w + "|" + nextWord);
        features.add("psh|sh=" + prevShape + "|" + shape[index]);
        features.add("sh|nsh=" + shape[index] + "|" + nextShape);
        features.add("psh|sh|nsh=" + prevShape + "|" + shape[index] + "|" + nextShape);
        int len = w.length();
        for (int k = 1; k <= 4 && k < len; k++) {
            features.add("pre" + k + "=" + w.substring(0, k));
            features.add("suf" + k + "=" + w.substring(len - k));
        }
        for (int k = -3; k <= 2; k++) {
            int j = index + k;
            if (j >= 0 && j < n && cues[j] != NameCues.Cue.NONE) {
                features.add("cue" + k + "=" + cues[j]);
            }
        }
        String ws = stats[index];
        features.add("ws=" + ws);
        if (ws.length() == 4) {
            features.add("wsc=" + ws.charAt(0));
            features.add("wsp=" + ws.charAt(1));
            features.add("wsl=" + ws.charAt(2));
            features.add("wso=" + ws.charAt(3));
        }
        features.add("ws-1=" + (index > 0 ? stats[index - 1] : "<s>"));
        features.add("ws+1=" + (index + 1 < n ? stats[index + 1] : "</s>"));
        for (String mark : gazetteer[index]) {
            features.add(gazetteerFeature(mark, 0));
        }
        if (index > 0) {
            for (String mark : gazetteer[index - 1]) {
                features.add(gazetteerFeature(mark, 1));
            }
        }
        if (index + 1 < n) {
            for (String mark : gazetteer[index + 1]) {
                features.add(gazetteerFeature(mark, 2));
            }
        }
        features.add(PERSON_PART_AROUND[(index > 0 && personPart[index - 1] ? 2 : 0)
                + (index + 1 < n && personPart[index + 1] ? 1 : 0)]);
        if (country[index]) {
            features.add("country");
        }
        if (index > 0 && country[index - 1]) {
            features.add("country-1");
        }
        if (index + 1 < n && country[index + 1]) {
            features.add("country+1");
        }
        if (index == 0) {
            features.add("first");
            if (n > 1 && cues[1] == NameCues.Cue.SPEECH) {
                features.add("first+speech");
            }
        }
        String prev2 = index > 1 ? lower[index - 2] : "<s>";
        features.add("pw2|pw=" + prev2 + "|" + prevWord);
        features.add("pw|w|nw=" + prevWord + "|" + w + "|" + nextWord);
        if (runLength[index] > 0) {
            features.add("run=" + Math.min(runLength[index], 4) + "|" + Math.min(runPosition[index], 3));
        }
        features.add("len=" + Math.min(len, 8));
    }

    private static String gazetteerFeature(String mark, int position) {
        return GAZETTEER_FEATURES.computeIfAbsent(mark, m -> new String[]{"gz=" + m, "gz-1=" + m, "gz+1=" + m})[position];
    }

    private void prepare(String[] tokens) {
        int n = tokens.length;
        lower = new String[n];
        shape = new String[n];
        cues = new NameCues.Cue[n];
        country = new boolean[n];
        stats = new String[n];
        WordStats wordStats = WordStats.standard();
        NameGazetteer names = NameGazetteer.standard();
        gazetteer = new String[n][];
        personPart = new boolean[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            String buckets = wordStats.buckets(lower[i]);
            stats[i] = buckets == null ? "unk" : buckets;
            gazetteer[i] = names.marks(lower[i]);
            personPart[i] = NameGazetteer.inPersonName(gazetteer[i]);
            shape[i] = shape(tokens[i]);
            cues[i] = NameCues.cue(lower[i]);
        }
        runLength = new int[n];
        runPosition = new int[n];
        for (int i = 0; i < n; ) {
            if (!Character.isUpperCase(tokens[i].charAt(0))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isUpperCase(tokens[end].charAt(0))) {
                end++;
            }
            for (int k = i; k < end; k++) {
                runLength[k] = end - i;
                runPosition[k] = k - i;
            }
            i = end;
        }
        List<Token> asTokens = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            asTokens.add(new Token(i, i + 1, tokens[i]));
        }
        boolean lowerCase = !hasUpperCase(tokens);
        for (CountryGazetteer.Match match : CountryGazetteer.standard().find(asTokens, lowerCase, null)) {
            for (int i = match.first(); i < match.end(); i++) {
                country[i] = true;
            }
        }
        cachedFeatures = new String[n][];
        cachedTokens = tokens;
    }

    private static boolean hasUpperCase(String[] tokens) {
        for (String token : tokens) {
            for (int k = 0; k < token.length(); k++) {
                if (Character.isUpperCase(token.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Rutte" → "Xx", "NATO" → "X", "J.K." → "X.X.", "2022" → "d", "Jokowi-JK" → "Xx-X". */
    static String shape(String token) {
        StringBuilder out = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < token.length() && out.length() < 8; i++) {
            char c = token.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c;
            if (s != last) {
                out.append(s);
                last = s;
            }
        }
        return out.toString();
    }

    @Override
    public void clearAdaptiveData() {
        cachedTokens = null;
    }
}
