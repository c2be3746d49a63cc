package id.warta.ingest.html;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as a news page shows it: "Selasa, 26 Nov 2024 13:30 WIB", "26/11/2024, 13:30 WIB",
 * "Kamis, 5 Desember 2024 | 08.15 WITA", "Selasa (26/11/2024)". The text found is handed to the ingest
 * job's date reading as it is, so the zone rules (WIB, WITA, WIT, the job's zone) stay in one place.
 */
final class Dateline {

    private static final String DAY = "(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday"
            + "|Friday|Saturday|Sunday|Sen|Sel|Rab|Kam|Jum|Sab|Min|Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final String MONTH = "(?:Januari|January|Jan|Februari|February|Pebruari|Feb|Peb|Maret|March|Mar|April|Apr"
            + "|Mei|May|Juni|June|Jun|Juli|July|Jul|Agustus|August|Agu|Agt|Ags|Aug|September|Sept|Sep|Oktober|October|Okt|Oct"
            + "|November|Nopember|Nov|Nop|Desember|December|Des|Dec)";
    private static final String DAY_OF_MONTH = "(?:\\d{1,2}\\s+" + MONTH + "\\.?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})";
    private static final String TIME = "(?:\\s*[,|\\-\u2013]?\\s*(?:pukul|jam)?\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)?";
    private static final String ZONE = "(?:\\s*(?:WIB|WITA|WIT|UTC|GMT)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?";
    private static final Pattern DATE = Pattern.compile("(?:" + DAY + "\\s*,?\\s*\\(?)?" + DAY_OF_MONTH + "\\)?" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);

    /** Class or id words of elements that show the date. */
    private static final Pattern DATE_ELEMENT = Pattern.compile("(?i)(^|[-_\\s])(date|dateline|time|timestamp|tanggal|tgl|waktu"
            + "|published|pubdate|posted|publish|jam)([-_\\s]|$)");

    private Dateline() {
    }

    /** The date text inside a string, if there is one. */
    static Optional<String> in(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /** Whether a paragraph is nothing but a date (with perhaps a word or two: "Diperbarui", "|"). */
    static boolean isOnlyADate(String text) {
        if (text.length() > 80) {
            return false;
        }
        Matcher m = DATE.matcher(text);
        return m.find() && m.group().length() * 2 >= text.strip().length();
    }

    /**
     * The date a page shows for its article, looked for after the title (the first h1) before anywhere
     * else: first in elements whose class or id names a date, then in any short element.
     *
     * @param body the page's body without its noise, so that dates of related articles do not count
     */
    static Optional<String> onPage(Element body) {
        List<Element> all = body.getAllElements();
        Element title = body.selectFirst("h1");
        int afterTitle = title == null ? 0 : all.indexOf(title) + title.getAllElements().size();
        for (int from : new int[] {afterTitle, 0}) {
            Optional<String> named = first(all, from, e -> DATE_ELEMENT.matcher(e.className() + " " + e.id()).find());
            if (named.isPresent()) {
                return named;
            }
        }
        for (int from : new int[] {afterTitle, 0}) {
            Optional<String> shortLine = first(all, from, e -> e.text().length() <= 120);
            if (shortLine.isPresent()) {
                return shortLine;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(List<Element> elements, int from, Predicate<Element> where) {
        for (int i = from; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (where.test(element)) {
                Optional<String> date = in(element.text());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
