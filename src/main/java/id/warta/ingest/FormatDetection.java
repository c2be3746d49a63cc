package id.warta.ingest;

import id.warta.WartaException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format of an input file that the job does not name: its extension (.jsonl, .csv, .txt, .rss,
 * .atom, .html, .warc, each optionally .gz), else its first bytes (a WARC version line, a feed's root
 * element, an HTML document, a JSON object). An .xml file must be a feed. A file that is none of these
 * is an error that says how to name the format.
 */
final class FormatDetection {

    private static final int SNIFF_BYTES = 8192;
    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern HTML_START = Pattern.compile("(?i)<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])");

    private FormatDetection() {
    }

    static InputFormat detect(Path file) {
        InputFormat format = detectedOrNull(file);
        if (format == null) {
            throw new WartaException("cannot tell the format of " + file + (InputFormat.ofFileName(file.getFileName().toString())
                    == InputFormat.FEED ? ": an .xml file that is no RSS or Atom feed" : "")
                    + ": name it in the job file (format: jsonl|csv|text|feed|html|warc) or with --format");
        }
        return format;
    }

    /** The format of a file, by its name and else its first bytes, or null when neither tells. */
    static InputFormat detectedOrNull(Path file) {
        InputFormat byName = InputFormat.ofFileName(file.getFileName().toString());
        if (byName != null && !file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.xml(\\.gz)?$")) {
            return byName;
        }
        return byContent(head(file));
    }

    /** A file's head without its UTF-8 byte-order mark, read as the bytes it is (heads are read as Latin-1) or as the character. */
    static String withoutByteOrderMark(String head) {
        return head.replaceFirst("^(\u00EF\u00BB\u00BF|\uFEFF)", "");
    }

    /** The format the first bytes of a file show, or null. */
    static InputFormat byContent(String head) {
        String start = withoutByteOrderMark(head).stripLeading();
        if (start.startsWith("WARC/")) {
            return InputFormat.WARC;
        }
        if (FEED_ROOT.matcher(start).find() && !HTML_START.matcher(start).find()) {
            return InputFormat.FEED;
        }
        if (HTML_START.matcher(start).find()) {
            return InputFormat.HTML;
        }
        if (start.startsWith("{") || JsonArraySource.START.matcher(start).find()) {
            return InputFormat.JSONL;
        }
        return null;
    }

    private static String head(Path file) {
        try (InputStream in = InputFormat.uncompressed(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new WartaException("cannot read " + file + " to tell its format: " + e.getMessage(), e);
        }
    }
}
