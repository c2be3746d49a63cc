package id.warta.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text article as news sites publish it: the title on the first line, the body after, and a
 * dateline at the start of the body that names the outlet: "KONTAN.CO.ID - ", "JAKARTA, KOMPAS.com - ",
 * "Liputan6.com, Jakarta - ", "REPUBLIKA.CO.ID, JAKARTA -- ", "TRIBUN-BALI.COM, DENPASAR - ".
 */
record TextArticle(String title, String body, Optional<String> source) {

    private static final String OUTLET = "([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z]{2,3}){1,2})";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:[A-Z][A-Za-z .]{1,30},\\s*)?" + OUTLET + "(?:,\\s*[A-Z][A-Za-z .]{1,30})?\\s*(?:--?|[\u2013\u2014])\\s+");

    static TextArticle parse(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        String title = (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
        String body = newline < 0 ? "" : trimmed.substring(newline + 1).strip();
        return new TextArticle(title, body, datelineSource(body));
    }

    static Optional<String> datelineSource(String body) {
        Matcher m = DATELINE.matcher(body);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
