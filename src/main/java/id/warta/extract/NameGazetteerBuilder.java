package id.warta.extract;

import id.warta.WartaException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the {@link NameGazetteer} from the name lists of Indonesian DBpedia as published with the
 * MDEE NER dataset (Alfina et al., 2016 and 2017): {@code original-dbpedia/person.txt},
 * {@code expanded-dbpedia/mdee/person.txt}, {@code original-dbpedia/place.txt} and
 * {@code original-dbpedia/organization.txt}, one name per line in Windows-1252. Deterministic: words
 * sorted, gzip without a timestamp.
 */
public final class NameGazetteerBuilder {

    private static final List<String> PERSON_LISTS = List.of("original-dbpedia/person.txt", "expanded-dbpedia/mdee/person.txt");
    private static final String PLACE_LIST = "original-dbpedia/place.txt";
    private static final String ORGANIZATION_LIST = "original-dbpedia/organization.txt";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Tokenizer TOKENIZER = new Tokenizer(false);
    private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");

    /** Per mark ("pf", "pm", "pl", "l", "o"): how many names hold each word in that role. */
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    private NameGazetteerBuilder() {
    }

    /** Reads the four lists under {@code folder} and writes the gazetteer; returns the number of words written. */
    public static int build(Path folder, Path out) {
        List<String> lists = new ArrayList<>(PERSON_LISTS);
        lists.addAll(List.of(PLACE_LIST, ORGANIZATION_LIST));
        List<String> missing = lists.stream().filter(list -> !Files.isRegularFile(folder.resolve(list))).toList();
        if (!missing.isEmpty()) {
            throw new WartaException(folder + " is not the MDEE dataset's dbpedia_id_ner_gazetteers folder: it lacks "
                    + String.join(", ", missing) + " (give the folder that holds original-dbpedia/ and expanded-dbpedia/)");
        }
        NameGazetteerBuilder builder = new NameGazetteerBuilder();
        Set<String> persons = new HashSet<>();
        for (String list : PERSON_LISTS) {
            for (String name : names(folder.resolve(list))) {
                List<String> words = words(name);
                if (!words.isEmpty() && persons.add(String.join(" ", words))) {
                    builder.addPerson(words);
                }
            }
        }
        // each distinct place or organisation counts once: villages come as "Village, District, Regency",
        // and every part is a place of its own, but a regency named on 500 lines is still one place
        Set<String> places = new HashSet<>();
        for (String name : names(folder.resolve(PLACE_LIST))) {
            for (String part : name.split(",")) {
                List<String> words = words(part);
                if (places.add(String.join(" ", words))) {
                    words.forEach(word -> builder.count("l", word));
                }
            }
        }
        Set<String> organizations = new HashSet<>();
        for (String name : names(folder.resolve(ORGANIZATION_LIST))) {
            List<String> words = words(name);
            if (organizations.add(String.join(" ", words))) {
                words.forEach(word -> builder.count("o", word));
            }
        }
        return GzipTsv.write(builder.lines(), out);
    }

    /** One mark per word: the first, last and middle words of a name; a one-word name counts as middle. */
    private void addPerson(List<String> words) {
        if (words.size() == 1) {
            count("pm", words.getFirst());
            return;
        }
        count("pf", words.getFirst());
        count("pl", words.getLast());
        for (String word : words.subList(1, words.size() - 1)) {
            count("pm", word);
        }
    }

    private void count(String mark, String word) {
        counts.computeIfAbsent(mark, m -> new HashMap<>()).merge(word, 1, Integer::sum);
    }

    private TreeMap<String, String> lines() {
        Set<String> words = new TreeSet<>();
        counts.values().forEach(byWord -> words.addAll(byWord.keySet()));
        TreeMap<String, String> lines = new TreeMap<>();
        for (String word : words) {
            if (word.length() < 2) {
                continue;
            }
            List<String> marks = new ArrayList<>(5);
            for (String mark : List.of("pf", "pl", "pm", "l", "o")) {
                int n = counts.getOrDefault(mark, Map.of()).getOrDefault(word, 0);
                if (n > 0) {
                    marks.add(mark + (n == 1 ? 1 : n < 10 ? 2 : 3));
                }
            }
            lines.put(word, String.join(" ", marks));
        }
        return lines;
    }

    /**
     * The names of a list, without parenthesised remarks ("Anthrax (band)"). Lines with a '?' (a
     * character the list's export could not write: "Gojko Ka?ar") or an undecodable byte are left out.
     */
    private static List<String> names(Path file) {
        List<String> names = new ArrayList<>();
        // decoded leniently: a byte Windows-1252 does not define becomes U+FFFD, and its line is left out
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), WINDOWS_1252))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = PARENTHESES.matcher(line.strip()).replaceAll("");
                if (!name.isBlank() && name.indexOf('?') < 0 && name.indexOf('\uFFFD') < 0) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new WartaException("cannot read the name list " + file + ": " + e.getMessage(), e);
        }
        return names;
    }

    /** The lower-case words of a name as the name finder's tokenizer splits text ("Ma'ruf", "Soekarno-Hatta" whole). */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (Token token : TOKENIZER.tokenize(name)) {
            if (Character.isLetter(token.text().charAt(0))) {
                words.add(token.text().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
