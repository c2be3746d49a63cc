package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #4: a one-word person name is read by the persons named with it, article by article. */
class LoneNamesTest {

    /** The persons of each article after the three reads that {@link PersonNameMerge} makes, by article number. */
    private static Map<Integer, List<String>> resolve(List<List<String>> archive) {
        LoneNames lone = new LoneNames();
        Map<String, Long> counts = new HashMap<>();
        archive.forEach(persons -> persons.forEach(name -> counts.merge(name, 1L, Long::sum)));
        counts.forEach(lone::count);
        List<String> words = lone.names();
        LoneNames.Batch batch = lone.new Batch(words);
        for (int i = 0; i < archive.size(); i++) {
            if (!Collections.disjoint(archive.get(i), words)) {
                batch.article(new IndexedEntities.Article(String.valueOf(i), i, 1, archive.get(i), List.of()));
            }
        }
        // one full name per read, as PersonNameMerge reads them with one name per query: an article naming two is read twice
        for (String fullName : batch.fullNamesToRead().stream().sorted().toList()) {
            archive.stream().filter(persons -> persons.contains(fullName)).forEach(persons -> batch.coMentions(persons, Set.of(fullName)));
        }
        Map<Integer, List<String>> out = new HashMap<>();
        batch.resolutions().forEach(r -> out.put(Integer.parseInt(r.read().id()), r.persons()));
        return out;
    }

    private static void add(List<List<String>> archive, int times, String... persons) {
        for (int i = 0; i < times; i++) {
            archive.add(List.of(persons));
        }
    }

    @Test
    @DisplayName("'Rossi' beside MotoGP riders is Valentino Rossi, beside Giuseppe Rossi's teammates Giuseppe Rossi")
    void theCompanyOfANameTellsWhoItIs() {
        List<List<String>> archive = new ArrayList<>();
        add(archive, 6, "Valentino Rossi", "Marc Marquez", "Andrea Dovizioso");
        add(archive, 4, "Giuseppe Rossi", "Sebastian Giovinco");
        add(archive, 3, "Marc Marquez", "Alex Rins");
        int motogp = archive.size();
        add(archive, 1, "Rossi", "Marc Marquez");
        int football = archive.size();
        add(archive, 1, "Sebastian Giovinco", "Rossi");

        Map<Integer, List<String>> resolved = resolve(archive);

        assertThat(resolved).containsOnlyKeys(motogp, football);
        assertThat(resolved.get(motogp)).containsExactly("Valentino Rossi", "Marc Marquez");
        assertThat(resolved.get(football)).containsExactly("Sebastian Giovinco", "Giuseppe Rossi");
    }

    @Test
    @DisplayName("a name stays alone without other full names, beside a full name holding it, on weak or split evidence")
    void aNameStaysWhenItsCompanyLeavesDoubt() {
        List<List<String>> archive = new ArrayList<>();
        add(archive, 6, "Valentino Rossi", "Marc Marquez", "Andrea Dovizioso");
        add(archive, 5, "Harry Kane", "Donald Trump");
        add(archive, 5, "Harry Maguire", "Donald Trump");
        add(archive, 3, "Paolo Rossi", "Gianni Rivera");
        add(archive, 1, "Vanessa Angel", "Raffi Ahmad");
        add(archive, 2, "Angel Di Maria", "Kylian Mbappe");
        add(archive, 1, "Angel Di Maria", "Raffi Ahmad");
        add(archive, 2, "Raffi Ahmad", "Nagita Slavina");
        int alone = archive.size();
        add(archive, 1, "Rossi");
        int besideAFullName = archive.size();
        add(archive, 1, "Rossi", "Paolo Rossi", "Marc Marquez");
        int split = archive.size();
        add(archive, 1, "Harry", "Donald Trump");
        int weak = archive.size();
        add(archive, 1, "Angel", "Raffi Ahmad");

        Map<Integer, List<String>> resolved = resolve(archive);

        assertThat(resolved).as("named with no one").doesNotContainKey(alone);
        assertThat(resolved).as("beside Paolo Rossi").doesNotContainKey(besideAFullName);
        assertThat(resolved).as("Harry Kane and Harry Maguire alike with Donald Trump").doesNotContainKey(split);
        assertThat(resolved).as("Angel Di Maria named with Raffi Ahmad once").doesNotContainKey(weak);
    }

    @Test
    @DisplayName("a one-word name of its own stays, and a middle word or a given name many share is no lead")
    void namesOfTheirOwnMiddleWordsAndCommonGivenNamesStay() {
        List<List<String>> archive = new ArrayList<>();
        add(archive, 10, "Wiranto", "Joko Widodo");
        add(archive, 3, "Polhukam Wiranto", "Joko Widodo");
        add(archive, 4, "Siti Nur Azizah", "Ma'ruf Amin");
        add(archive, 10, "Agus Rahardjo", "Saut Situmorang");
        for (int i = 0; i < LoneNames.MAX_CANDIDATES; i++) {
            add(archive, 3, "Agus Nama" + (char) ('A' + i / 26) + (char) ('a' + i % 26));
        }
        int ofItsOwn = archive.size();
        add(archive, 1, "Wiranto", "Joko Widodo");
        int middle = archive.size();
        add(archive, 1, "Nur", "Ma'ruf Amin");
        int common = archive.size();
        add(archive, 1, "Agus", "Saut Situmorang");

        Map<Integer, List<String>> resolved = resolve(archive);

        assertThat(resolved).as("Wiranto alone in 11 articles, Polhukam Wiranto in 3").doesNotContainKey(ofItsOwn);
        assertThat(resolved).as("Nur is the middle word of Siti Nur Azizah").doesNotContainKey(middle);
        assertThat(resolved).as("Agus begins %d full names", LoneNames.MAX_CANDIDATES + 1).doesNotContainKey(common);
    }

    @Test
    @DisplayName("an article naming two candidates counts once for each, though it is read once per candidate")
    void anArticleNamingTwoCandidatesCountsOnce() {
        List<List<String>> archive = new ArrayList<>();
        add(archive, 6, "Valentino Rossi", "Marc Marquez");
        add(archive, 3, "Marc Marquez");
        add(archive, 1, "Giuseppe Rossi", "Valentino Rossi", "Gianluigi Buffon");
        add(archive, 2, "Gianluigi Buffon");
        add(archive, 2, "Giuseppe Rossi", "Sebastian Giovinco");
        int lone = archive.size();
        add(archive, 1, "Rossi", "Gianluigi Buffon", "Marc Marquez");

        // Valentino Rossi: 6 of Marquez's 9 articles; Buffon's 3 name each candidate once, which counts for neither
        assertThat(resolve(archive)).containsEntry(lone, List.of("Valentino Rossi", "Gianluigi Buffon", "Marc Marquez"));
    }

    @Test
    @DisplayName("names of short syllables are no candidates, and names the alias list knows stay as they are")
    void syllabicNamesAndKnownNamesStay() {
        List<List<String>> archive = new ArrayList<>();
        add(archive, 4, "Goh Liu Ying", "Chan Peng Soon");
        add(archive, 4, "Ratna Sari Dewi Soekarno", "Kartika Sari Dewi");
        add(archive, 4, "Guntur Soekarno", "Megawati Soekarnoputri");
        add(archive, 1, "Ying", "Chan Peng Soon");
        add(archive, 1, "Soekarno", "Kartika Sari Dewi"); // the alias list's own name for Indonesia's first president

        assertThat(resolve(archive)).isEmpty();
    }
}
