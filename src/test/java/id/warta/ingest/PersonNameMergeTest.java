package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameMergeTest {

    @Test
    @DisplayName("a surname named alone goes under the one full name the archive uses for it")
    void surnameUnderItsFullName() {
        assertThat(PersonNameMerge.merges(Map.of("Donald Trump", 184L, "Trump", 49L, "Ivanka Trump", 3L)))
                .containsExactly(Map.entry("Trump", "Donald Trump"));
        assertThat(PersonNameMerge.merges(Map.of("Budi Karya Sumadi", 47L, "Sumadi", 58L)))
                .as("also when the surname alone is the more frequent").containsEntry("Sumadi", "Budi Karya Sumadi");
        assertThat(PersonNameMerge.merges(Map.of("Marc Marquez", 161L, "marquez", 2L)))
                .as("compared ignoring case").containsEntry("marquez", "Marc Marquez");
    }

    @Test
    @DisplayName("spellings that differ in case, spaces, punctuation or accents go under one: mixed case first, then the most used")
    void spellingsUnderOne() {
        assertThat(PersonNameMerge.merges(Map.of("Laode M Syarif", 87L, "Laode M. Syarif", 12L, "Ayu Ting Ting", 47L,
                "Ayu Ting-Ting", 2L, "Marc Márquez", 1L, "Marc Marquez", 177L, "Bima Sakti", 103L, "Bimasakti", 1L)))
                .containsOnly(Map.entry("Laode M. Syarif", "Laode M Syarif"), Map.entry("Ayu Ting-Ting", "Ayu Ting Ting"),
                        Map.entry("Marc Márquez", "Marc Marquez"), Map.entry("Bimasakti", "Bima Sakti"));
        assertThat(PersonNameMerge.merges(Map.of("WICAKSONO", 30L, "Wicaksono", 10L, "Aditya Wicaksono", 14L, "Suhari Wicaksono", 8L)))
                .as("capitals give way to mixed case, even when more used").containsOnly(Map.entry("WICAKSONO", "Wicaksono"));
        assertThat(PersonNameMerge.merges(Map.of("TRUMP", 5L, "Trump", 49L, "Donald Trump", 184L)))
                .as("a spelling of a surname goes to the full name").containsOnly(Map.entry("TRUMP", "Donald Trump"),
                        Map.entry("Trump", "Donald Trump"));
        assertThat(PersonNameMerge.merges(Map.of("Soeharto", 115L, "Suharto", 7L, "Basaria Panjaitan", 18L, "Basaria Pandjaitan", 11L)))
                .as("the old Indonesian spelling (oe for u, dj for j) and the new")
                .containsOnly(Map.entry("Suharto", "Soeharto"), Map.entry("Basaria Pandjaitan", "Basaria Panjaitan"));
        assertThat(PersonNameMerge.merges(Map.of("Jurgen Klopp", 53L, "Juergen Klopp", 21L, "Jürgen Klopp", 4L)))
                .as("German's ü written ue, with the accent and without it")
                .containsOnly(Map.entry("Juergen Klopp", "Jurgen Klopp"), Map.entry("Jürgen Klopp", "Jurgen Klopp"));
        assertThat(PersonNameMerge.merges(Map.of("Xue Chen", 5L, "Xu Chen", 9L, "Yue Yang", 3L, "Yu Yang", 4L)))
                .as("Pinyin's xue and yue are no German ü").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Bima Sakti", 103L, "Bima", 10L, "Sakti Wibowo", 3L))).as("other names stay").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("?", 3L, "!", 2L))).as("no letters, nothing in common").isEmpty();
    }

    @Test
    @DisplayName("forms of a name that write a middle name out, as an initial or not at all go under the most used one, and its surname with them")
    void formsUnderTheMostUsed() {
        assertThat(PersonNameMerge.merges(Map.of("Yasonna Laoly", 126L, "Yasonna H Laoly", 16L, "Yasonna Hamonangan Laoly", 13L,
                "Yasonna H. Laoly", 7L, "Laoly", 40L)))
                .containsOnly(Map.entry("Yasonna H Laoly", "Yasonna Laoly"), Map.entry("Yasonna Hamonangan Laoly", "Yasonna Laoly"),
                        Map.entry("Yasonna H. Laoly", "Yasonna Laoly"), Map.entry("Laoly", "Yasonna Laoly"));
        assertThat(PersonNameMerge.merges(Map.of("Laode M Syarif", 88L, "Laode Muhammad Syarif", 21L, "Laode Syarif", 13L,
                "Laode Muhamad Syarif", 3L, "Retno Marsudi", 31L, "Retno LP Marsudi", 6L, "Retno Lestari Priansari Marsudi", 4L)))
                .as("a form goes to the most used even through a spelling it shares nothing with, and initials stand for words")
                .containsOnly(Map.entry("Laode Muhammad Syarif", "Laode M Syarif"), Map.entry("Laode Syarif", "Laode M Syarif"),
                        Map.entry("Laode Muhamad Syarif", "Laode M Syarif"), Map.entry("Retno LP Marsudi", "Retno Marsudi"),
                        Map.entry("Retno Lestari Priansari Marsudi", "Retno Marsudi"));
        assertThat(PersonNameMerge.merges(Map.of("Anies Baswedan", 269L, "Anies Rasyid Baswedan", 21L, "Ilham Akbar Habibie", 44L,
                "Ilham Habibie", 21L)))
                .as("the shorter or the longer, whichever is used more")
                .containsOnly(Map.entry("Anies Rasyid Baswedan", "Anies Baswedan"), Map.entry("Ilham Habibie", "Ilham Akbar Habibie"));
    }

    @Test
    @DisplayName("no merge of names that may be different persons: syllable names, patronymics, other initials, two forms, common names")
    void otherPersonsStay() {
        assertThat(PersonNameMerge.merges(Map.of("Wang Yi", 30L, "Wang Zhi Yi", 5L, "Lee Kwang Soo", 6L, "Lee Soo", 3L)))
                .as("Chinese and Korean names").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Abdul Aziz", 13L, "Abdul Lathif bin Abdul Aziz", 2L))).as("a son's name").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("George W. Bush", 3L, "George H.W. Bush", 2L))).as("father and son").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Siti Azizah", 2L, "Siti Nur Azizah", 25L, "Siti Rahma Azizah", 3L)))
                .as("the shorter name could be either").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Siti Azizah", 10L, "Siti Nur Azizah", 25L, "Siti Rahma Azizah", 3L)))
                .as("also when it is used more than one of them").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Agus Dwi Prasetyo", 40L, "Agus Prasetyo", 20L, "Agus Dedi Prasetyo", 15L)))
                .as("middle words with the same first letter are still two persons").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Thareq Kemal Habibie", 97L, "Thareq Habibie", 6L, "Thareq Kamal Habibie", 2L)))
                .as("a middle word spelt two ways is one person").containsOnly(Map.entry("Thareq Habibie", "Thareq Kemal Habibie"),
                        Map.entry("Thareq Kamal Habibie", "Thareq Kemal Habibie"));
        assertThat(PersonNameMerge.merges(Map.of("Rudy Prawiradinata", 12L, "Rudy Soeprihadi Prawiradinata", 6L,
                "Rudy Supriadi Prawiradinata", 2L))).as("in the old spelling and the new too").hasSize(2)
                .containsEntry("Rudy Soeprihadi Prawiradinata", "Rudy Prawiradinata");
        assertThat(PersonNameMerge.merges(Map.of("George W. Bush", 30L, "George Walker Bush", 10L, "George H.W. Bush", 5L)))
                .as("a name goes where its form goes only if it is a form of that one too")
                .containsOnly(Map.entry("George Walker Bush", "George W. Bush"));
        Map<String, Long> common = new java.util.HashMap<>(Map.of("Agus Susanto", 5L, "Agus Dwi Susanto", 8L));
        for (char c = 'a'; c < 'a' + MiddleNames.COMMON - 1; c++) { // with Susanto, COMMON last words after Agus
            common.put("Agus Nama" + c, 1L);
            common.put("Nama" + c + " Susanto", 1L);
        }
        assertThat(PersonNameMerge.merges(common)).as("anyone may be called Agus Susanto").isEmpty();
        Map<String, Long> initial = new java.util.HashMap<>(common);
        initial.put("Agus D. Susanto", 4L);
        assertThat(PersonNameMerge.merges(initial)).as("nor does it go to a name that adds an initial, or through it")
                .containsOnly(Map.entry("Agus D. Susanto", "Agus Dwi Susanto"));
        initial.remove("Agus Dwi Susanto");
        assertThat(PersonNameMerge.merges(initial)).isEmpty();
        common.remove("Agus Namaa");
        assertThat(PersonNameMerge.merges(common)).as("one last word fewer after Agus")
                .containsOnly(Map.entry("Agus Susanto", "Agus Dwi Susanto"));
    }

    @Test
    @DisplayName("no merge when the word is shared, rare as a full name, a first name, or another name the alias list resolves")
    void doubtfulWordsStay() {
        assertThat(PersonNameMerge.merges(Map.of("Pangeran Harry", 20L, "Harry Kane", 30L, "Harry Maguire", 20L, "Harry", 11L)))
                .as("first names of others").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Azis Rani", 19L, "Rani Mukerji", 3L, "Rani", 9L)))
                .as("the full name holds 86% of them").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Tommy Soeharto", 12L, "Soeharto", 180L)))
                .as("a one-word name of its own, far more used than a relative's full name").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Mohammad Soekarno", 40L, "Soekarno", 30L)))
                .as("a name the alias list knows").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Demi Moore", 30L, "Demi", 47L)))
                .as("a first name").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Yudhoyono SBY", 30L, "SBY", 40L)))
                .as("another name of a person the alias list knows").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Donald Trump", 9L, "Trump", 4L)))
                .as("below " + PersonNameMerge.MIN_FULL_NAME_ARTICLES + " articles").isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Donald Trump", 10L, "Trump", 4L))).hasSize(1);
    }

    @Test
    @DisplayName("the limits are inclusive: 90% of the full names' articles, three times the full name's articles alone; ties go to the first name in order")
    void limits() {
        assertThat(PersonNameMerge.merges(Map.of("Azis Rani", 18L, "Rani Mukerji", 2L, "Rani", 54L)))
                .containsEntry("Rani", "Azis Rani");
        assertThat(PersonNameMerge.merges(Map.of("Azis Rani", 18L, "Rani Mukerji", 2L, "Rani", 55L))).isEmpty();
        assertThat(PersonNameMerge.merges(Map.of("Bima Aryo", 10L, "Dimas Aryo", 10L, "Aryo", 5L)))
                .as("two full names of 50% each").isEmpty();
    }

    @Test
    @DisplayName("a name taken for an organisation joins the persons, and takes a word of it named alone, unless another name holds the word")
    void personsTakenForOrganisationsTakeTheirWordsNamedAlone() {
        assertThat(PersonNameMerge.withPersons(List.of("Imam", "Miftahul Ulum"), List.of("Imam Nahrawi")))
                .containsExactly("Imam Nahrawi", "Miftahul Ulum");
        assertThat(PersonNameMerge.withPersons(List.of("Imam", "Imam Prasodjo"), List.of("Imam Nahrawi")))
                .containsExactly("Imam", "Imam Prasodjo", "Imam Nahrawi");
        assertThat(PersonNameMerge.withPersons(List.of("Imam Nahrawi", "Nahrawi"), List.of("Imam Nahrawi")))
                .containsExactly("Imam Nahrawi");
        assertThat(PersonNameMerge.withPersons(List.of("Soeharto"), List.of("Tommy Soeharto")))
                .as("a name the alias list knows").containsExactly("Soeharto", "Tommy Soeharto");
    }
}
