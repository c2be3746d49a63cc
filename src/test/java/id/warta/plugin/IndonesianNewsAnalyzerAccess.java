package id.warta.plugin;

import org.apache.lucene.analysis.CharArraySet;

/** The analyzer's stop words, for tests of other packages that must agree with them. */
public final class IndonesianNewsAnalyzerAccess {

    private IndonesianNewsAnalyzerAccess() {
    }

    public static CharArraySet stopWords() {
        return IndonesianNewsAnalyzer.STOP_WORDS;
    }
}
