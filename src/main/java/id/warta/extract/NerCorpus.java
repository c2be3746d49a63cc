package id.warta.extract;

import id.warta.WartaException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the NER sets Warta trains and evaluates on: one token a line, "token TAG" or
 * "token POS TAG" separated by tabs or spaces, BIO tags, sentences separated by blank lines.
 * Each set's labels are mapped onto Warta's three types: person (PER, PERSON, PPL), location
 * (LOC, LOCATION, PLACE, PLC) and organization (ORG, ORGANIZATION, ORGANISATION, IND); other
 * labels (EVT, FNB) become outside.
 */
public final class NerCorpus {

    public static final String PERSON = "person";
    public static final String LOCATION = "location";
    public static final String ORGANIZATION = "organization";

    /** A span of tokens {@code [start, end)} with a type. */
    public record TokenSpan(int start, int end, String type) {
    }

    /** A sentence with its gold spans. */
    public record Sentence(String[] tokens, List<TokenSpan> spans) {
        /** The tokens joined by single spaces: the text the extractor sees in an evaluation. */
        public String text() {
            return String.join(" ", tokens);
        }

        /** The same sentence in lower case. */
        public Sentence lowerCase() {
            String[] lower = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            }
            return new Sentence(lower, spans);
        }

        /** Character offset of each token in {@link #text()}. */
        public int[] tokenStarts() {
            int[] starts = new int[tokens.length];
            int offset = 0;
            for (int i = 0; i < tokens.length; i++) {
                starts[i] = offset;
                offset += tokens[i].length() + 1;
            }
            return starts;
        }
    }

    private NerCorpus() {
    }

    public static List<Sentence> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new WartaException("no such file: " + file + " (NER sentences: 'token TAG' lines)", e);
        } catch (IOException e) {
            throw new WartaException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Sentence> read(InputStream in, String name) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(tokens, tags, sentences);
                continue;
            }
            String[] fields = trimmed.split("[\\t ]+");
            if (fields.length < 2) {
                throw new WartaException(name + " line " + number + ": expected 'token TAG', got '" + line + "'");
            }
            tokens.add(fields[0]);
            tags.add(fields[fields.length - 1]);
        }
        flush(tokens, tags, sentences);
        return sentences;
    }

    private static void flush(List<String> tokens, List<String> tags, List<Sentence> sentences) {
        if (tokens.isEmpty()) {
            return;
        }
        sentences.add(new Sentence(tokens.toArray(String[]::new), spans(tags)));
        tokens.clear();
        tags.clear();
    }

    /** BIO tags to spans; an I- tag that does not continue a span of its type starts one. */
    static List<TokenSpan> spans(List<String> tags) {
        List<TokenSpan> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1).toUpperCase(Locale.ROOT) : "O";
            String tagType = prefix.equals("O") ? null : type(tag.substring(2));
            boolean continues = prefix.equals("I") && tagType != null && tagType.equals(type);
            if (type != null && !continues) {
                spans.add(new TokenSpan(start, i, type));
                type = null;
            }
            if (tagType != null && !continues) {
                start = i;
                type = tagType;
            }
        }
        return spans;
    }

    /** Warta's type for a set's label, or null for labels Warta does not extract. */
    static String type(String label) {
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON", "PPL" -> PERSON;
            case "LOC", "LOCATION", "PLACE", "PLC" -> LOCATION;
            case "ORG", "ORGANIZATION", "ORGANISATION", "IND" -> ORGANIZATION;
            default -> null;
        };
    }
}
