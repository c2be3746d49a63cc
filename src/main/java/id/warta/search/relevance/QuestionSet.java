package id.warta.search.relevance;

import id.warta.WartaException;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions, each with the news passage that answers it, in FacQA's CSV form: a header
 * {@code question,passage,seq_label}, then one row per question, whose question and passage are token lists
 * written as Python lists ({@code ['Siapa', 'pelatih', ...]}). The answer span column is not needed.
 */
public record QuestionSet(String name, List<Question> questions) {

    /** A question and the passage that answers it, as text. */
    public record Question(String text, String passage) {
    }

    public QuestionSet {
        questions = List.copyOf(questions);
    }

    public static QuestionSet read(Path file) {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(",");
        tokenizer.setNames("question", "passage", "seq_label");
        List<Question> questions = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            if (header == null || !header.strip().startsWith("question,passage")) {
                throw new WartaException(file + ": not a question set: the first line must be the header "
                        + "question,passage,seq_label");
            }
            int row = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    FieldSet fields = tokenizer.tokenize(line);
                    questions.add(new Question(text(PythonStrings.parse(fields.readString("question"))),
                            text(PythonStrings.parse(fields.readString("passage")))));
                } catch (RuntimeException e) {
                    throw new WartaException(file + " line " + row + ": " + e.getMessage(), e);
                }
            }
        } catch (NoSuchFileException e) {
            throw new WartaException("no such file: " + file + " (a question set: CSV with question,passage,seq_label)", e);
        } catch (IOException e) {
            throw new WartaException("cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        return new QuestionSet(file.getFileName().toString(), questions);
    }

    /** Tokens back to text: spaces between words, none before closing punctuation or after an opening bracket. */
    static String text(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            boolean closing = token.length() == 1 && ",.;:?!)]".contains(token);
            boolean afterOpening = !out.isEmpty() && "([".indexOf(out.charAt(out.length() - 1)) >= 0;
            if (!out.isEmpty() && !closing && !afterOpening) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }
}
