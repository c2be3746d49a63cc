package id.warta.search;

import java.util.List;

/**
 * The search benchmark's fixed mix: first pages with facets, as a user of the archive would ask them
 * (CLICK-ID covers mostly 2019). Each entry is the same search for both paths.
 */
final class BenchmarkQueries {

    private BenchmarkQueries() {
    }

    static final List<SearchParameters> MIX = List.of(
            q("presiden"), q("banjir jakarta"), q("korupsi OR suap"), q("\"bank indonesia\""), q("gempa -lombok"),
            q("title:jokowi"), q("Korut"), q("AS tarif"), q("harga beras"), q("timnas indonesia"),
            q("pemilu 2019"), q("\"kebakaran hutan\""), q("menandatangani perjanjian"), q("artis OR selebriti"), q(""),
            country("", "ID"), country("presiden", "US"), country("perang", "US", "CN"), country("", "KP", "KR"),
            country("menteri", "ID", "MY"),
            range("", "2019-09-01", "2019-09-30"), range("hujan", "2019-09-01", "2019-09-15"),
            range("politik", "2019-01-01", "2019-12-31"), range("sepak bola", "2019-06-01", "2019-10-31"),
            range("", "2019-09-10", "2019-09-10"),
            sorted("presiden"), sorted("harga"), sorted(""), sorted("film"), sorted("kecelakaan"),
            source("", "Kompas.com"), source("pemerintah", "okezone.com"), source("", "tempo.co", "sindonews.com"),
            combo("jokowi", "ID", "2019-09-01", "2019-09-30"), combo("trump", "US", "2019-01-01", "2019-12-31"),
            combo("", "ID", "2019-09-15", "2019-09-21"), combo("cina OR china", "CN", "2019-01-01", "2019-12-31"),
            q("wisata bali"), q("\"rumah sakit\" pasien"), q("kpk -revisi"));

    private static SearchParameters q(String text) {
        return SearchParameters.query(text);
    }

    private static SearchParameters country(String text, String... codes) {
        return new SearchParameters(text, List.of(codes), null, null, null, null, null, null, null, null, null, null);
    }

    private static SearchParameters range(String text, String from, String to) {
        return new SearchParameters(text, null, null, null, null, from, to, null, null, null, null, null);
    }

    private static SearchParameters sorted(String text) {
        return new SearchParameters(text, null, null, null, null, null, null, null, "date", null, null, null);
    }

    private static SearchParameters source(String text, String... sources) {
        return new SearchParameters(text, null, null, List.of(sources), null, null, null, null, null, null, null, null);
    }

    private static SearchParameters combo(String text, String code, String from, String to) {
        return new SearchParameters(text, List.of(code), null, null, null, from, to, null, null, null, null, null);
    }
}
