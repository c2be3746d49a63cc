package id.warta.article;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article body as scraped into article text: Unicode NFC, punctuation mis-decoded from UTF-8
 * restored ({@link Mojibake}), no stray HTML tags (nor the code of script and style blocks) or entities,
 * whitespace collapsed within lines, and no promo or link lines ("Baca Juga: ...", "Tonton: ...",
 * "ADVERTISEMENT", bylines) that a news site puts between paragraphs but that are not the article. A line
 * that starts like a link line but reads as a sentence ("Berita terkait penangkapan itu menyebar cepat di
 * media sosial, kata polisi.") is article text and stays; see {@link #LINK_LINE_STARTS}.
 *
 * <p>Two forms: {@link #clean} returns the text to index; {@link #mask} returns a string of the
 * same length in which everything that {@code clean} would drop is blanked with spaces, so that
 * entity offsets found in it are offsets into the body as given. Stateless and thread-safe.
 */
public final class TextCleaner {

    /**
     * Lower-case starts of lines that are never article text: credits and bylines that end in a colon, and
     * calls to the reader that no news sentence starts with. A line is dropped when, after leading markup
     * (bullets, brackets, "**", a list number such as "1." or "2)"), it starts with one of these and the next
     * character is not a letter or digit.
     */
    static final List<String> PROMO_LINE_STARTS = List.of(
            "baca:", "tonton:", "advertisement", "scroll to continue with content", "scroll untuk melanjutkan",
            "cek berita dan artikel", "dapatkan update berita", "ikuti berita", "ikuti kami",
            "download aplikasi", "klik di sini", "klik disini",
            "editor:", "editor :", "penulis:", "penulis :", "reporter:", "reporter :", "pewarta:",
            "pewarta :", "foto:", "foto :");

    /**
     * Lower-case starts of link lines that a sentence may also start with ("Berita terkait penangkapan itu
     * menyebar..."). Such a line is dropped when the phrase is all of it ("Berita Terkait"), when a colon,
     * dash or "»" follows ("Baca Juga: ...", "BACA JUGA : ...", "Lihat juga - ..."), or when the rest is
     * link-like: no sentence, that is neither at least {@value #SENTENCE_MIN_WORDS} words ending in . ! ? or …
     * (before closing quotes or brackets) nor more than {@value #HEADLINE_MAX_WORDS} words. A headline such as
     * {@code Simak Video "Trump di Gedung Putih"} does not end like a sentence; prose does.
     */
    static final List<String> LINK_LINE_STARTS = List.of(
            "baca juga", "bacajuga", "baca selengkapnya", "tonton juga", "tonton video",
            "simak juga", "simak video", "simak selengkapnya", "saksikan juga", "saksikan video", "lihat juga", "lihat video",
            "lihat foto", "berita terkait", "artikel terkait", "berita lainnya", "video pilihan", "video terkait");

    /**
     * A source credit: dropped only when short, at most {@value #CREDIT_MAX_WORDS} words after the colon
     * ("Sumber: Antara", "Sumber: detik.com"); a longer line carries a sentence ("Sumber: Badan Pusat
     * Statistik mencatat inflasi 3 persen...") and stays.
     */
    private static final List<String> CREDIT_STARTS = List.of("sumber:", "sumber :");

    private static final int SENTENCE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int CREDIT_MAX_WORDS = 6;

    /** What ends a sentence or introduces what follows, before a paragraph joint. */
    private static final String SENTENCE_END = ".!?:\"”";

    /**
     * The named HTML entities that news pages use. Looked up as written, then in lower case (so "&AMP;" and
     * "&NBSP;" decode); a capital letter's entity is listed as such ("&Eacute;" is É, "&eacute;" é).
     */
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("sbquo", "‚"), Map.entry("bdquo", "„"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("lsaquo", "‹"), Map.entry("rsaquo", "›"), Map.entry("prime", "′"), Map.entry("Prime", "″"),
            Map.entry("hellip", "…"), Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("shy", "\u00AD"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("deg", "°"),
            Map.entry("plusmn", "±"), Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("frac12", "½"),
            Map.entry("frac14", "¼"), Map.entry("frac34", "¾"), Map.entry("sup2", "²"), Map.entry("sup3", "³"),
            Map.entry("micro", "µ"), Map.entry("para", "¶"), Map.entry("sect", "§"), Map.entry("euro", "€"),
            Map.entry("pound", "£"), Map.entry("yen", "¥"), Map.entry("cent", "¢"),
            Map.entry("iexcl", "¡"), Map.entry("iquest", "¿"), Map.entry("ordm", "º"), Map.entry("ordf", "ª"),
            Map.entry("aacute", "á"), Map.entry("Aacute", "Á"), Map.entry("agrave", "à"), Map.entry("Agrave", "À"),
            Map.entry("acirc", "â"), Map.entry("Acirc", "Â"), Map.entry("auml", "ä"), Map.entry("Auml", "Ä"),
            Map.entry("atilde", "ã"), Map.entry("Atilde", "Ã"), Map.entry("aring", "å"), Map.entry("Aring", "Å"),
            Map.entry("eacute", "é"), Map.entry("Eacute", "É"), Map.entry("egrave", "è"), Map.entry("Egrave", "È"),
            Map.entry("ecirc", "ê"), Map.entry("Ecirc", "Ê"), Map.entry("euml", "ë"), Map.entry("Euml", "Ë"),
            Map.entry("iacute", "í"), Map.entry("Iacute", "Í"), Map.entry("igrave", "ì"), Map.entry("Igrave", "Ì"),
            Map.entry("icirc", "î"), Map.entry("Icirc", "Î"), Map.entry("iuml", "ï"), Map.entry("Iuml", "Ï"),
            Map.entry("oacute", "ó"), Map.entry("Oacute", "Ó"), Map.entry("ograve", "ò"), Map.entry("Ograve", "Ò"),
            Map.entry("ocirc", "ô"), Map.entry("Ocirc", "Ô"), Map.entry("ouml", "ö"), Map.entry("Ouml", "Ö"),
            Map.entry("otilde", "õ"), Map.entry("Otilde", "Õ"), Map.entry("oslash", "ø"), Map.entry("Oslash", "Ø"),
            Map.entry("uacute", "ú"), Map.entry("Uacute", "Ú"), Map.entry("ugrave", "ù"), Map.entry("Ugrave", "Ù"),
            Map.entry("ucirc", "û"), Map.entry("Ucirc", "Û"), Map.entry("uuml", "ü"), Map.entry("Uuml", "Ü"),
            Map.entry("ccedil", "ç"), Map.entry("Ccedil", "Ç"), Map.entry("ntilde", "ñ"), Map.entry("Ntilde", "Ñ"),
            Map.entry("szlig", "ß"), Map.entry("aelig", "æ"), Map.entry("AElig", "Æ"), Map.entry("yacute", "ý"));

    /**
     * Names of the HTML elements (and of the SVG and MathML ones that pages embed), lower case: "&lt;b ...&gt;" is
     * a tag, "x&lt;y dan z&gt;w" is not. A name with a hyphen (a custom element such as amp-img) or a colon
     * (Word's o:p, fb:like) counts too.
     */
    private static final Set<String> TAG_NAMES = Set.of(
            "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
            "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
            "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em",
            "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
            "label", "legend", "li", "link", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter", "nav",
            "nobr", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
            "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small",
            "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
            "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
            "video", "wbr", "path", "g", "rect", "circle", "line", "polygon", "polyline", "use", "defs", "symbol");

    private TextCleaner() {
    }

    /** Article text ready to index: lines kept, paragraphs separated by one blank line. */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        char[] text = NormalForms.nfc(stripMarkup(Mojibake.repair(raw)).toCharArray());
        unflattenParagraphs(text);
        blankInlineLinks(text);
        // Each line is collapsed straight into the output; one that leaves nothing takes its separator back out.
        // The output is never longer than the text: a separator stands for at least as many line breaks.
        char[] out = new char[text.length];
        int n = 0;
        boolean blankPending = false;
        for (int start = 0; start <= text.length; ) {
            int end = lineEnd(text, start);
            int mark = n;
            if (mark > 0) {
                out[n++] = '\n';
                if (blankPending) {
                    out[n++] = '\n';
                }
            }
            int lineStart = n;
            if (!isPromoLine(text, start, end)) {
                n = collapse(text, start, end, out, n);
            }
            start = end + lineBreakLength(text, end);
            if (n == lineStart) {
                n = mark;
                blankPending = mark > 0;
            } else {
                blankPending = false;
            }
        }
        return new String(out, 0, n);
    }

    /** Where the line starting at {@code from} ends: the next line break (as regex \R knows them) or the end. */
    private static int lineEnd(char[] text, int from) {
        int i = from;
        while (i < text.length && !isLineBreak(text[i])) {
            i++;
        }
        return i;
    }

    /** 2 for CR LF, 1 for another line break, 1 at the end of the text (so that the loop ends). */
    private static int lineBreakLength(char[] text, int at) {
        return at + 1 < text.length && text[at] == '\r' && text[at + 1] == '\n' ? 2 : 1;
    }

    private static boolean isLineBreak(char c) {
        return c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * A title ready to index: markup and line breaks gone, whitespace collapsed. Promo-line removal does
     * not apply: "Foto: Banjir di Medan" is a photo story's title, not a caption to drop.
     */
    public static String cleanTitle(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Line breaks are whitespace to collapseWhitespace, so the title becomes one line.
        return collapseWhitespace(new String(NormalForms.nfc(stripMarkup(Mojibake.repair(raw)).toCharArray()))).strip();
    }

    /**
     * Tags removed (a block tag such as p, br, div or li becomes a line break), script and style blocks
     * removed with their content, entities decoded.
     */
    private static String stripMarkup(String raw) {
        if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int end = c == '<' ? tagEnd(chars, i) : c == '&' ? entityEnd(chars, i) : -1;
            String decoded = end > 0 && c == '&' ? decodeEntity(new String(chars, i + 1, end - i - 1)) : null;
            if (end > 0 && c == '<') {
                String name = tagName(chars, i); // null for a comment or declaration
                if (name != null && BLOCK_TAGS.contains(name)) {
                    out.append('\n');
                }
                i = rawTextEnd(chars, i, end);
            } else if (decoded != null) {
                out.append(decoded);
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Where markup that starts with the tag chars[start, tagEnd] ends: for a script or style start tag, at
     * the '>' of its end tag (the code or style sheet between is no text), else at the tag's own end. A
     * script that is never closed ends at its start tag, so that a stray tag cannot swallow the article.
     */
    private static int rawTextEnd(char[] chars, int start, int tagEnd) {
        String name = chars[start + 1] == 's' || chars[start + 1] == 'S' ? tagName(chars, start) : null;
        if (!"script".equals(name) && !"style".equals(name) || chars[tagEnd - 1] == '/') {
            return tagEnd;
        }
        for (int k = tagEnd + 1; k + 2 + name.length() <= chars.length; k++) {
            if (chars[k] == '<' && chars[k + 1] == '/' && regionMatchesIgnoreCase(chars, k + 2, name)) {
                int close = tagEnd(chars, k);
                if (close > 0) {
                    return close;
                }
            }
        }
        return tagEnd;
    }

    private static boolean regionMatchesIgnoreCase(char[] chars, int at, String lower) {
        return startsWith(chars, at, chars.length, lower);
    }

    /** Tags that end a line of text where they stand, start or end tag. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "blockquote", "figure", "figcaption", "section", "article");

    /**
     * The body with the same length and line structure, in which promo lines, HTML tags and the
     * surplus characters of HTML entities are spaces (an entity keeps its decoded character in its
     * first position when that is one character).
     */
    public static String mask(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        char[] chars = raw.toCharArray();
        Mojibake.repair(chars);
        unflattenParagraphs(chars);
        blankTagsAndEntities(chars);
        blankInlineLinks(chars);
        int lineStart = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == '\n' || chars[i] == '\r') {
                if (isPromoLine(chars, lineStart, i)) {
                    for (int k = lineStart; k < i; k++) {
                        chars[k] = ' ';
                    }
                }
                lineStart = i + 1;
            }
        }
        return new String(chars);
    }

    /** Link phrases that a site also puts inside a paragraph, before a colon and another article's headline. */
    private static final List<String> INLINE_LINKS = List.of("baca juga", "simak juga", "lihat juga");
    /** A video a site puts inside a paragraph: its title in quotes follows, then maybe the player's marker and tags. */
    private static final String INLINE_VIDEO = "simak video";
    /** An inline link's headline (with a video's title and tags after it) has at most this many words; past them it stays. */
    private static final int INLINE_HEADLINE_MAX_WORDS = 40;

    /**
     * Blanks, in place, another article's headline that a site put inside a paragraph, glued to the text around it:
     * "...di posisi ke-19.Baca juga: Quartararo Tercepat di FP1 MotoGP San MarinoHasil Free Practice..." keeps
     * "...di posisi ke-19. Hasil Free Practice..."; so is a video's title ("Simak Video \"...\" [Gambas:Video 20detik]
     * ...", and the tags after it). The link runs from its phrase and colon to where the headline
     * visibly ends: a capital glued to the word before it ("Marino|Hasil"), a quote glued to a word and opening a
     * sentence, a closing bracket when the link opened in one ("(Baca juga: ...)"), or the end of the line. A link
     * whose end is not found within {@value #INLINE_HEADLINE_MAX_WORDS} words, or only after a sentence ends, stays:
     * its end would be a guess, and article text would go with it.
     */
    private static void blankInlineLinks(char[] chars) {
        int lineStart = 0;
        for (int i = 0; i < chars.length; i++) {
            if (isLineBreak(chars[i])) {
                lineStart = i + 1;
                continue;
            }
            int headline = i > 0 && Character.isLetterOrDigit(chars[i - 1]) ? -1 : inlineHeadlineStart(chars, i);
            if (headline < 0 || skipLeadingMarkup(chars, lineStart, lineEnd(chars, i)) == i) {
                continue; // inside a word, no link, or a link line, which the line's rules judge
            }
            boolean inBrackets = i > 0 && chars[i - 1] == '(';
            int end = inlineHeadlineEnd(chars, headline, inBrackets);
            if (end > 0) {
                Arrays.fill(chars, inBrackets ? i - 1 : i, end, ' ');
                i = end - 1;
            }
        }
    }

    /**
     * Where the headline of an inline link that starts at {@code at} starts: after its phrase and colon ("Baca juga:
     * ..."), or at the quote of a video's title ("Simak Video \"...\""); -1 if no inline link starts there.
     */
    private static int inlineHeadlineStart(char[] chars, int at) {
        for (String phrase : INLINE_LINKS) {
            if (startsWith(chars, at, chars.length, phrase)) {
                int k = at + phrase.length();
                while (k < chars.length && chars[k] == ' ') {
                    k++;
                }
                return k < chars.length && (chars[k] == ':' || chars[k] == ';') ? k + 1 : -1;
            }
        }
        if (startsWith(chars, at, chars.length, INLINE_VIDEO)) {
            int k = at + INLINE_VIDEO.length();
            return k + 1 < chars.length && chars[k] == ' ' && (chars[k + 1] == '"' || chars[k + 1] == '“') ? k + 1 : -1;
        }
        return -1;
    }

    /**
     * The letters and digits a headline's last word needs before a capital glued to it: "San Marino|Hasil" and
     * "2020|Kalau" are a headline and the next sentence, "You|Tube" and "Mc|Menemy" one word.
     */
    private static final int GLUED_WORD_MIN = 4;

    /** The letters and digits right before {@code at}, back to the last other character. */
    private static int wordBefore(char[] chars, int at) {
        int k = at;
        while (k > 0 && Character.isLetterOrDigit(chars[k - 1])) {
            k--;
        }
        return at - k;
    }

    /** Where an inline link's headline that starts at {@code from} ends, or -1 if that is not clear. */
    private static int inlineHeadlineEnd(char[] chars, int from, boolean inBrackets) {
        int words = 0;
        boolean headline = false;
        boolean quoted = false;
        for (int j = from; j < chars.length; j++) {
            char c = chars[j];
            if (isLineBreak(c)) {
                return j;
            }
            if (inBrackets && c == ')') {
                return j + 1;
            }
            if (!headline && (Character.isLetterOrDigit(c) || "\"“‘'".indexOf(c) >= 0)) {
                if (chars[j - 1] == ',') {
                    return j; // "Baca juga: ,Apalagi": the site's link is gone, the text goes on after the comma
                }
                headline = true;
            }
            char before = chars[j - 1];
            boolean quote = c == '"' || c == '“' || c == '”';
            boolean closing = quote && quoted && !isSpace(before);
            quoted = quote ? isSpace(before) || !closing && quoted : quoted; // a video's title in the headline: Simak Video "..."
            boolean glued = j > from && !isSpace(before) && j + 1 < chars.length
                    && (Character.isUpperCase(c) && Character.isLowerCase(chars[j + 1])
                            && (Character.isLetterOrDigit(before) ? wordBefore(chars, j) >= GLUED_WORD_MIN
                                    : "?!)".indexOf(before) >= 0 || "\"”".indexOf(before) >= 0 && !isSpace(chars[j - 2]))
                    || quote && !closing && Character.isLetterOrDigit(before) && Character.isUpperCase(chars[j + 1]));
            if (glued && !inBrackets) {
                return j;
            }
            if (isSpace(c) && !isSpace(before) && (++words > INLINE_HEADLINE_MAX_WORDS || before == '.')) {
                return -1; // too long, or a sentence ended (headlines end in no period): the headline ended before, unseen
            }
        }
        return chars.length;
    }

    /** True for a line that a site adds around the article ("Baca Juga: ...", "ADVERTISEMENT"). */
    public static boolean isPromoLine(String line) {
        char[] chars = line.toCharArray();
        return isPromoLine(chars, 0, chars.length);
    }

    private static boolean isPromoLine(char[] chars, int from, int to) {
        int i = skipLeadingMarkup(chars, from, to);
        if (i >= to) {
            return false;
        }
        for (String start : PROMO_LINE_STARTS) {
            if (startsWith(chars, i, to, start)) {
                return endsWord(chars, i + start.length(), to);
            }
        }
        for (String start : LINK_LINE_STARTS) {
            if (startsWith(chars, i, to, start)) {
                return endsWord(chars, i + start.length(), to) && isLinkRest(chars, i + start.length(), to);
            }
        }
        for (String start : CREDIT_STARTS) {
            if (startsWith(chars, i, to, start)) {
                return words(chars, i + start.length(), to) <= CREDIT_MAX_WORDS;
            }
        }
        return false;
    }

    /** Past leading whitespace, bullets, brackets and emphasis, and a list number ("1.", "2)") before them. */
    private static int skipLeadingMarkup(char[] chars, int from, int to) {
        int i = skipMarkup(chars, from, to);
        int digits = i;
        while (digits < to && chars[digits] >= '0' && chars[digits] <= '9' && digits - i < 3) {
            digits++;
        }
        if (digits > i && digits + 1 < to && (chars[digits] == '.' || chars[digits] == ')') && isSpace(chars[digits + 1])) {
            i = skipMarkup(chars, digits + 1, to);
        }
        return i;
    }

    private static int skipMarkup(char[] chars, int from, int to) {
        int i = from;
        while (i < to && (isSpace(chars[i]) || "*-–—•·»>[(|#_".indexOf(chars[i]) >= 0)) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether chars[at, to) starts with {@code lower} (lower case ASCII), ignoring case. */
    private static boolean startsWith(char[] chars, int at, int to, String lower) {
        if (to - at < lower.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = chars[at + k];
            if (c != lower.charAt(k) && Character.toLowerCase(c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWord(char[] chars, int at, int to) {
        return at >= to || !Character.isLetterOrDigit(chars[at]);
    }

    /** Whether what follows a link phrase makes the line a link line (see {@link #LINK_LINE_STARTS}). */
    private static boolean isLinkRest(char[] chars, int from, int to) {
        int i = from;
        while (i < to && (isSpace(chars[i]) || "*_])|".indexOf(chars[i]) >= 0)) {
            i++;
        }
        if (i >= to || ":-–—»>".indexOf(chars[i]) >= 0) {
            return true;
        }
        int words = words(chars, i, to);
        if (words > HEADLINE_MAX_WORDS) {
            return false;
        }
        int end = to - 1;
        while (end >= i && (isSpace(chars[end]) || "\"'”’)]*_".indexOf(chars[end]) >= 0)) {
            end--;
        }
        return !(end >= i && ".!?…".indexOf(chars[end]) >= 0 && words >= SENTENCE_MIN_WORDS);
    }

    /** The number of runs of non-space characters in chars[from, to). */
    private static int words(char[] chars, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = isSpace(chars[i]);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Archives that store an article as its paragraphs joined by commas (CLICK-ID: "...kata dia.,Baca
     * Juga:,,Paragraf berikut") get their line breaks back, so that link and byline lines are recognised
     * as such. A comma is such a joint when it directly follows the end of a sentence or a colon (not an
     * initial or a degree such as "S.H.,M.H.") or is one of a run of commas right after a word, and what
     * follows starts like a paragraph (a capital, quote, digit or #) or ends the text: neither occurs in
     * prose. A run after a space ("Ketika membeli ,, usahakan") is what a removed link left, and stays.
     *
     * <p>In place: each joint comma becomes a line break, so offsets stay.
     */
    private static void unflattenParagraphs(char[] chars) {
        CharSequence text = CharBuffer.wrap(chars);
        int start = 0;
        while (start < chars.length) {
            if (chars[start] != ',') {
                start++;
                continue;
            }
            int end = runEnd(text, start);
            if (isParagraphJoint(text, start, end)) {
                Arrays.fill(chars, start, end, '\n');
            }
            start = end;
        }
    }

    /** The end of the run of commas that starts at {@code start}. */
    private static int runEnd(CharSequence text, int start) {
        int end = start + 1;
        while (end < text.length() && text.charAt(end) == ',') {
            end++;
        }
        return end;
    }

    /** Whether the run of commas from {@code start} to {@code end} joins two paragraphs. */
    private static boolean isParagraphJoint(CharSequence text, int start, int end) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        // the next paragraph starts like one: a capital, a quote, a digit or a tag (#); or the text ends
        boolean paragraphAfter = end == text.length() || startsParagraph(text.charAt(end));
        if (end - start > 1) {
            // a run after a word ends a paragraph; after a space it is what a removed link left in a sentence
            return (Character.isLetter(before) || SENTENCE_END.indexOf(before) >= 0) && paragraphAfter;
        }
        return end < text.length() && paragraphAfter && SENTENCE_END.indexOf(before) >= 0 && !afterInitial(text, start - 1);
    }

    private static boolean startsParagraph(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'#".indexOf(c) >= 0;
    }

    /** A period after one capital letter that follows a period or a non-letter: "S.H.", "M.", an initial. */
    private static boolean afterInitial(CharSequence text, int period) {
        return text.charAt(period) == '.' && period >= 1 && Character.isUpperCase(text.charAt(period - 1))
                && (period == 1 || !Character.isLetter(text.charAt(period - 2)));
    }

    private static void blankTagsAndEntities(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '<') {
                int end = tagEnd(chars, i);
                if (end > 0) {
                    end = rawTextEnd(chars, i, end);
                    for (int k = i; k <= end; k++) {
                        // a script block may span lines: its line breaks stay, so that lines keep their places
                        if (chars[k] != '\n' && chars[k] != '\r') {
                            chars[k] = ' ';
                        }
                    }
                    i = end;
                }
            } else if (chars[i] == '&') {
                int end = entityEnd(chars, i);
                if (end > 0) {
                    String decoded = decodeEntity(new String(chars, i + 1, end - i - 1));
                    if (decoded != null) {
                        chars[i] = decoded.length() == 1 ? decoded.charAt(0) : ' ';
                        if (Character.isSpaceChar(chars[i])) {
                            chars[i] = ' ';
                        }
                        for (int k = i + 1; k <= end; k++) {
                            chars[k] = ' ';
                        }
                        i = end;
                    }
                }
            }
        }
    }

    /**
     * Index of the '>' closing an HTML tag that starts at {@code start}, or -1 if it is no tag: a tag is
     * {@code <name}, {@code </name} or a comment or declaration {@code <!...}, with a real element name (see
     * {@link #TAG_NAMES}) followed by whitespace, '/' or '>', and closed on the same line.
     */
    private static int tagEnd(char[] chars, int start) {
        int i = start + 1;
        if (i < chars.length && chars[i] == '!') {
            // <!-- comment --> or <!DOCTYPE ...>
            if (!(i + 1 < chars.length && (Character.isLetter(chars[i + 1]) || chars[i + 1] == '-'))) {
                return -1;
            }
        } else if (tagName(chars, start) == null) {
            return -1;
        }
        for (int k = i; k < chars.length && k < start + 2000; k++) {
            if (chars[k] == '>') {
                return k;
            }
            if (chars[k] == '<' || chars[k] == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The lower-case name of the start or end tag at {@code start} ('<'), or null when what follows the '<' is
     * no element name followed by whitespace, '/' or '>'.
     */
    private static String tagName(char[] chars, int start) {
        int from = start + 1 < chars.length && chars[start + 1] == '/' ? start + 2 : start + 1;
        if (from >= chars.length || !isAsciiLetter(chars[from])) {
            return null;
        }
        int to = from + 1;
        boolean custom = false;
        while (to < chars.length && (isAsciiLetter(chars[to]) || chars[to] >= '0' && chars[to] <= '9'
                || chars[to] == '-' || chars[to] == ':')) {
            custom |= chars[to] == '-' || chars[to] == ':';
            to++;
        }
        if (to < chars.length && !(Character.isWhitespace(chars[to]) || chars[to] == '/' || chars[to] == '>')) {
            return null;
        }
        String name = new String(chars, from, to - from).toLowerCase(Locale.ROOT);
        return custom || TAG_NAMES.contains(name) ? name : null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int entityEnd(char[] chars, int start) {
        for (int k = start + 1; k < chars.length && k < start + 10; k++) {
            if (chars[k] == ';') {
                return k > start + 1 ? k : -1;
            }
            if (!(Character.isLetterOrDigit(chars[k]) || chars[k] == '#')) {
                return -1;
            }
        }
        return -1;
    }

    private static String decodeEntity(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? Character.toString(code) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String decoded = NAMED_ENTITIES.get(name);
        return decoded != null ? decoded : NAMED_ENTITIES.get(name.toLowerCase(Locale.ROOT));
    }

    private static String collapseWhitespace(String line) {
        char[] out = new char[line.length()];
        return new String(out, 0, collapse(line.toCharArray(), 0, line.length(), out, 0));
    }

    /**
     * Writes chars[from, to) to out at {@code at} with each run of whitespace as one space, none at either end;
     * returns where the output ends.
     */
    private static int collapse(char[] chars, int from, int to, char[] out, int at) {
        int n = at;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            boolean plain = c > ' ' && c < 0x7F;
            if (!plain && (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
                    || c == '\uFEFF' || c == '\u0085')) {
                space = n > at;
            } else {
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = c;
            }
        }
        return n;
    }
}
