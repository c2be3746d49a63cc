package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.WartaException;
import id.warta.article.ArticleEntities;
import id.warta.article.CountryMention;
import id.warta.article.OrganizationMention;
import id.warta.article.PersonMention;
import id.warta.extract.EntityExtractor;
import id.warta.extract.NameModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code warta entities [FILE|-]}: the countries, persons and organisations of each article, as one
 * JSON line per article. Input is JSON Lines (objects with id, title, body; {@code content} is read
 * when there is no body) or, when the input does not start with "{", one plain-text article.
 */
@Command(name = "entities",
        mixinStandardHelpOptions = true,
        description = {
                "Print the countries (ISO 3166 alpha-2), persons and organisations each article mentions.",
                "Reads JSON Lines records {id, title, body} and writes one JSON line per record:",
                "  {id, countries:[{code,name,mentions}], persons:[{name,mentions:[{start,end,text}]}], organizations:[...]}",
                "Offsets are character offsets into the body. A file that does not start with '{' is read as one",
                "plain-text article (its id is the file name, offsets are into the whole file). Gzip is read transparently."},
        subcommands = {EntitiesTrainCommand.class, EntitiesEvaluateCommand.class, EntitiesLexiconCommand.class,
                EntitiesGazetteerCommand.class})
public class EntitiesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", defaultValue = "-",
            description = "JSON Lines or plain-text file; '-' (default) reads standard input.")
    String input;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A name finder model trained by `warta entities train` (default: the one in the jar).")
    Path model;

    /** The JSON line written for each article. */
    record Output(String id, List<CountryMention> countries, List<PersonMention> persons,
                  List<OrganizationMention> organizations) {
        static Output of(String id, ArticleEntities entities) {
            return new Output(id, entities.countries(), entities.persons(), entities.organizations());
        }
    }

    @Override
    public Integer call() throws IOException {
        EntityExtractor extractor = model == null ? new EntityExtractor() : new EntityExtractor(NameModel.load(model), true);
        PrintWriter out = spec.commandLine().getOut();
        String name = input.equals("-") ? "-" : Path.of(input).getFileName().toString();
        try (BufferedReader reader = new BufferedReader(open(input), 1 << 16)) {
            if (startsWithBrace(reader)) {
                writeJsonLines(reader, extractor, out);
            } else {
                out.println(JSON.writeValueAsString(Output.of(name, extractor.extract("", readAll(reader)))));
            }
        }
        out.flush();
        return 0;
    }

    /** Whether the first non-blank character is "{" (JSON Lines); the reader is left where it was. */
    private static boolean startsWithBrace(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        int c;
        int read = 0;
        do {
            c = reader.read();
            read++;
        } while (c >= 0 && Character.isWhitespace(c) && read < (1 << 15) - 1);
        reader.reset();
        return c == '{';
    }

    /** One JSON line per record, read and written as a stream. */
    private static void writeJsonLines(BufferedReader lines, EntityExtractor extractor, PrintWriter out) throws IOException {
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (IOException e) {
                throw new WartaException("line " + number + " is not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
            }
            String body = record.hasNonNull("body") ? record.get("body").asText() : record.path("content").asText("");
            String id = record.hasNonNull("id") ? record.get("id").asText() : String.valueOf(number);
            ArticleEntities entities = extractor.extract(record.path("title").asText(""), body);
            out.println(JSON.writeValueAsString(Output.of(id, entities)));
        }
    }

    /** The input as text, gzip uncompressed (told by its first bytes, as ingest tells it). */
    private static Reader open(String input) throws IOException {
        InputStream raw;
        if (input.equals("-")) {
            raw = System.in;
        } else {
            try {
                raw = Files.newInputStream(Path.of(input));
            } catch (NoSuchFileException e) {
                throw new WartaException("no such file: " + input);
            }
        }
        return new InputStreamReader(id.warta.ingest.InputFormat.uncompressed(new java.io.BufferedInputStream(raw, 1 << 16), 1 << 16),
                StandardCharsets.UTF_8);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) > 0) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
