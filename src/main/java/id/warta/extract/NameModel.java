package id.warta.extract;

import id.warta.WartaException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trained name finder: a model for ordinary (cased) text and, optionally, one trained on the
 * same sentences in lower case for archives written wholly in lower case, where capitals cannot
 * mark names. The models are immutable and shared; each thread needs its own
 * {@link NameFinderME} ({@link #newFinder(boolean)}), which OpenNLP does not make thread-safe.
 */
public final class NameModel {

    /** The cased model in the jar (see README.md beside it for its recipe and licences). */
    public static final String RESOURCE = "ner-id.bin";
    /** The lower-case model in the jar. */
    public static final String LOWER_CASE_RESOURCE = lowerCaseName(RESOURCE);

    static {
        WartaNameFinderFactory.register();
    }

    private static volatile NameModel bundled;

    private final TokenNameFinderModel cased;
    private final TokenNameFinderModel lowerCase;

    /** @param lowerCase the lower-case model, or null to use the cased one for all text */
    public NameModel(TokenNameFinderModel cased, TokenNameFinderModel lowerCase) {
        this.cased = cased;
        this.lowerCase = lowerCase;
    }

    /** The models in the jar, loaded once. */
    public static NameModel bundled() {
        NameModel result = bundled;
        if (result == null) {
            synchronized (NameModel.class) {
                result = bundled;
                if (result == null) {
                    result = new NameModel(resource(RESOURCE, true), resource(LOWER_CASE_RESOURCE, false));
                    bundled = result;
                }
            }
        }
        return result;
    }

    /** The cased model in {@code file} and, if present, the lower-case one beside it ("X-lowercase.bin"). */
    public static NameModel load(Path file) {
        Path lower = lowerCaseSibling(file);
        return new NameModel(read(file), Files.isRegularFile(lower) ? read(lower) : null);
    }

    /** "ner-id.bin" → "ner-id-lowercase.bin", beside {@code file}. */
    public static Path lowerCaseSibling(Path file) {
        return file.resolveSibling(lowerCaseName(file.getFileName().toString()));
    }

    private static String lowerCaseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-lowercase" + name.substring(dot) : name + "-lowercase";
    }

    /** A finder for one thread, for cased text or for text wholly in lower case. */
    public NameFinderME newFinder(boolean forLowerCaseText) {
        return new NameFinderME(forLowerCaseText && lowerCase != null ? lowerCase : cased);
    }

    private static TokenNameFinderModel resource(String name, boolean required) {
        try (InputStream in = NameModel.class.getResourceAsStream(name)) {
            if (in == null) {
                if (required) {
                    throw new WartaException("the name finder model " + name
                            + " is missing from the jar; train it with `warta entities train`");
                }
                return null;
            }
            return new CompactNameFinderModel(in);
        } catch (IOException e) {
            throw new WartaException("cannot read the name finder model " + name + ": " + e.getMessage(), e);
        }
    }

    private static TokenNameFinderModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new CompactNameFinderModel(in);
        } catch (IOException e) {
            throw new WartaException("cannot read the name finder model " + file + ": " + e.getMessage(), e);
        }
    }
}
