package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.Article;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.search.FixtureCorpus;
import id.warta.testing.ElasticsearchTest;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #4: a person is stored under one name across the archive, not under a bare surname in some articles. */
@ElasticsearchTest
class PersonNameMergeIT {

    @Test
    @DisplayName("articles naming a person by surname alone are stored under the full name the archive uses; shared words stay")
    void surnamesAcrossArticles(ElasticsearchClient client, IndexNames names) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            articles.add(FixtureCorpus.article("t" + i, "kompas", "id", "2024-11-01T10:00:00+07:00", "Trump " + i, "Donald Trump.",
                    List.of("US"), List.of("Donald Trump", i < 5 ? "Harry Kane" : "Harry Maguire")));
        }
        for (int i = 0; i < 10; i++) {
            articles.add(FixtureCorpus.article("v" + i, "detik", "id", "2024-11-01T10:00:00+07:00", "Rossi " + i, "Valentino Rossi.",
                    List.of("IT"), List.of("Valentino Rossi")));
        }
        articles.add(FixtureCorpus.article("r1", "detik", "id", "2024-11-02T10:00:00+07:00", "Rossi lagi", "Kata Rossi.",
                List.of("IT"), List.of("Rossi")));
        articles.add(FixtureCorpus.article("s1", "kompas", "id", "2024-11-02T10:00:00+07:00", "Trump lagi", "Kata Trump.",
                List.of("US"), List.of("Trump", "Harry")));
        articles.add(FixtureCorpus.article("s2", "kompas", "id", "2024-11-02T10:00:00+07:00", "Trump dan Trump", "Trump, Donald Trump.",
                List.of("US"), List.of("Donald Trump", "Trump")));
        FixtureCorpus.index(client, names, articles);

        // pages of 3 names, 1 article and 1 name per query: every loop runs more than once
        PersonNameMerge.Result result = new PersonNameMerge(client, names.writeAlias(), true, 3, 1, 1).run();

        assertThat(result).isEqualTo(new PersonNameMerge.Result(2, 3, 0));
        assertThat(persons(client, names, "r1")).containsExactly("Valentino Rossi");
        assertThat(persons(client, names, "s1")).containsExactly("Donald Trump", "Harry");
        assertThat(persons(client, names, "s2")).as("one name once").containsExactly("Donald Trump");
        assertThat(persons(client, names, "t0")).containsExactly("Donald Trump", "Harry Kane");
        assertThat(PersonNameMerge.afterIngest(client, names.writeAlias()).run()).as("a second run finds nothing left")
                .isEqualTo(new PersonNameMerge.Result(0, 0, 0));
    }

    @Test
    @DisplayName("a one-word name that full names begin or end with goes, article by article, to the full name the persons named with it point to")
    void oneWordNamesByThePersonsNamedWithThem(ElasticsearchClient client, IndexNames names) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(FixtureCorpus.article("m" + i, "detik", "id", "2024-11-01T10:00:00+07:00", "MotoGP " + i, "Balapan.",
                    List.of("IT"), List.of("Valentino Rossi", "Marc Marquez")));
        }
        for (int i = 0; i < 4; i++) {
            articles.add(FixtureCorpus.article("f" + i, "bola", "id", "2024-11-01T10:00:00+07:00", "Sepak bola " + i, "Gol.",
                    List.of("IT"), List.of("Giuseppe Rossi", "Sebastian Giovinco")));
        }
        articles.add(FixtureCorpus.article("rm", "detik", "id", "2024-11-02T10:00:00+07:00", "Rossi kedua", "Rossi dan Marquez.",
                List.of("IT"), List.of("Rossi", "Marc Marquez")));
        articles.add(FixtureCorpus.article("rf", "bola", "id", "2024-11-02T10:00:00+07:00", "Rossi cetak gol", "Rossi dan Giovinco.",
                List.of("IT"), List.of("Sebastian Giovinco", "Rossi")));
        articles.add(FixtureCorpus.article("ra", "bola", "id", "2024-11-02T10:00:00+07:00", "Rossi", "Rossi.",
                List.of("IT"), List.of("Rossi")));
        FixtureCorpus.index(client, names, articles);

        // a page of 1 article and 1 name per query: every read and write loops
        PersonNameMerge.Result result = new PersonNameMerge(client, names.writeAlias(), true, 3, 1, 1).run();

        assertThat(result).isEqualTo(new PersonNameMerge.Result(1, 2, 0));
        assertThat(persons(client, names, "rm")).containsExactly("Valentino Rossi", "Marc Marquez");
        assertThat(persons(client, names, "rf")).containsExactly("Sebastian Giovinco", "Giuseppe Rossi");
        assertThat(persons(client, names, "ra")).as("named with no one").containsExactly("Rossi");
        assertThat(PersonNameMerge.afterIngest(client, names.writeAlias()).run()).as("a second run finds nothing left")
                .isEqualTo(new PersonNameMerge.Result(0, 0, 0));
    }

    @Test
    @DisplayName("a name the archive names as a person more often than as an organisation is a person where an article took it for an organisation; a name mostly an organisation stays one")
    void personsTakenForOrganisations(ElasticsearchClient client, IndexNames names) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            articles.add(withOrganizations(FixtureCorpus.article("p" + i, "detik", "id", "2024-11-01T10:00:00+07:00", "KPK " + i,
                    "Imam Nahrawi diperiksa.", List.of("ID"), List.of("Imam Nahrawi", "Persija", "Saut Situmorang")), List.of("KPK")));
        }
        for (int i = 0; i < 12; i++) {
            articles.add(withOrganizations(FixtureCorpus.article("o" + i, "bola", "id", "2024-11-01T10:00:00+07:00", "Liga " + i,
                    "Persija menang.", List.of("ID"), List.of("Bambang Pamungkas")), List.of("Persija")));
        }
        articles.add(withOrganizations(FixtureCorpus.article("m1", "detik", "id", "2024-11-02T10:00:00+07:00", "Menpora",
                "Menpora Imam Nahrawi hadir. Imam tersenyum.", List.of("ID"), List.of("Imam", "Miftahul Ulum")),
                List.of("KPK", "Imam Nahrawi", "Saut Situmorang")));
        FixtureCorpus.index(client, names, articles);

        PersonNameMerge.Result result = new PersonNameMerge(client, names.writeAlias(), true, 3, 1, 1).run();

        assertThat(result).isEqualTo(new PersonNameMerge.Result(0, 1, 2));
        assertThat(persons(client, names, "m1")).as("with the article's Imam; two names, each read in a query of its own")
                .containsExactly("Imam Nahrawi", "Miftahul Ulum", "Saut Situmorang");
        assertThat(field(client, names, "m1", "organizations")).containsExactly("KPK");
        assertThat(persons(client, names, "o0")).as("Persija: 10 articles as a person, 12 as an organisation")
                .containsExactly("Bambang Pamungkas");
        assertThat(field(client, names, "o0", "organizations")).containsExactly("Persija");
        assertThat(PersonNameMerge.afterIngest(client, names.writeAlias()).run()).as("a second run finds nothing left")
                .isEqualTo(new PersonNameMerge.Result(0, 0, 0));
    }

    private static Article withOrganizations(Article article, List<String> organizations) {
        return new Article(article.id(), article.url(), article.source(), article.title(), article.body(), article.publishedAt(),
                article.ingestedAt(), article.language(), article.countries(), article.persons(), organizations,
                article.categories(), article.contentHash());
    }

    @Test
    @DisplayName("a person stored as one string rather than a list, as another writer may store it, is merged, not lost")
    void aPersonStoredAsOneString(ElasticsearchClient client, IndexNames names) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            articles.add(FixtureCorpus.article("t" + i, "kompas", "id", "2024-11-01T10:00:00+07:00", "Trump " + i, "Donald Trump.",
                    List.of("US"), List.of("Donald Trump")));
        }
        articles.add(FixtureCorpus.article("s1", "kompas", "id", "2024-11-02T10:00:00+07:00", "Trump lagi", "Kata Trump.",
                List.of("US"), List.of()));
        FixtureCorpus.index(client, names, articles);
        client.update(u -> u.index(names.writeAlias()).id("s1").doc(Map.of("persons", "Trump")).refresh(Refresh.True), Map.class);

        PersonNameMerge.afterIngest(client, names.writeAlias()).run();

        assertThat(persons(client, names, "s1")).containsExactly("Donald Trump");
    }

    @Test
    @DisplayName("spellings of one name that differ in case, spaces, punctuation or accents, and forms that write a middle name out or leave it, are stored under one of them")
    void spellingsAcrossArticles(ElasticsearchClient client, IndexNames names) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        List<Article> articles = new ArrayList<>();
        String[] spellings = {"Laode M Syarif", "Laode M Syarif", "Laode M Syarif", "Laode M. Syarif", "LAODE M SYARIF",
                "Laode Muhammad Syarif", "Laode Syarif", "Marc Márquez", "Marc Marquez", "Marc Marquez"};
        for (int i = 0; i < spellings.length; i++) {
            articles.add(FixtureCorpus.article("k" + i, "tempo", "id", "2024-11-03T10:00:00+07:00", "Berita " + i, "Isi " + i + ".",
                    List.of("ID"), List.of(spellings[i], "Agus Rahardjo")));
        }
        FixtureCorpus.index(client, names, articles);

        PersonNameMerge.Result result = PersonNameMerge.afterIngest(client, names.writeAlias()).run();

        assertThat(result).isEqualTo(new PersonNameMerge.Result(5, 5, 0));
        for (int i = 0; i < spellings.length; i++) {
            assertThat(persons(client, names, "k" + i)).containsExactly(i < 7 ? "Laode M Syarif" : "Marc Marquez", "Agus Rahardjo");
        }
    }

    @Test
    @DisplayName("the ingest job merges after indexing, and says so in its summary")
    void ingestJobMerges(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            jsonl.append(json.writeValueAsString(Map.of("id", "d" + i, "url", "https://example.id/d" + i, "date", "2024-11-0" + (i % 9 + 1),
                    "title", "Kebijakan dagang Amerika " + i,
                    "content", "Presiden Amerika Serikat Donald Trump mengumumkan tarif baru untuk barang impor nomor " + i
                            + ". Menurut Donald Trump, tarif itu melindungi industri dalam negeri."))).append('\n');
        }
        jsonl.append(json.writeValueAsString(Map.of("id", "x", "url", "https://example.id/x", "date", "2024-11-10",
                "title", "Pasar saham bergejolak", "content", "Pasar saham Asia turun tajam. \"Kami akan membalas,\" kata Trump"
                        + " kepada wartawan di Gedung Putih."))).append('\n');
        Path archive = Files.writeString(home.resolve("trump.jsonl"), jsonl);
        JobDefinition job = new JobDefinition("merge", "test", List.of(new JobDefinition.Input(archive.toString(), InputFormat.JSONL, null)),
                Map.of("body", "content"), JobDefinition.JAKARTA, "id", 100, 50, 1, false, true);

        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary summary = harness.run(job);
            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(summary.personNames()).isEqualTo(new PersonNameMerge.Result(1, 1, 0));
            assertThat(summary.render()).contains("persons: articles changed 1 (names now under the full name, spelling or form the archive"
                    + " uses for the person: 1; names that articles took for organisations, now persons: 0)");
            String id = client.search(s -> s.index(names.readAlias()).query(q -> q.match(m -> m.field("title").query("saham"))), Map.class)
                    .hits().hits().getFirst().id();
            assertThat(persons(client, names, id)).containsExactly("Donald Trump");

            // The run's merge failed after its articles were indexed: the same command runs the merge alone,
            // and its summary still counts what the first run read and indexed.
            client.update(u -> u.index(names.writeAlias()).id(id).doc(Map.of("persons", List.of("Trump"))).refresh(Refresh.True), Map.class);
            failMergeStep(harness.bean(JobRepository.class));
            IngestSummary resumed = harness.run(job);
            assertThat(resumed.completed()).as(resumed.render()).isTrue();
            assertThat(resumed.read()).isEqualTo(11);
            assertThat(resumed.indexed()).isEqualTo(11);
            assertThat(resumed.personNames()).isEqualTo(new PersonNameMerge.Result(1, 1, 0));
            assertThat(persons(client, names, id)).containsExactly("Donald Trump");
        }
    }

    private static void failMergeStep(JobRepository repository) {
        JobInstance instance = repository.getJobInstances(IngestRunner.JOB_NAME, 0, 1).getFirst();
        StepExecution merge = repository.getLastStepExecution(instance, IngestRunner.MERGE_STEP_NAME);
        merge.setStatus(BatchStatus.FAILED);
        merge.setExitStatus(ExitStatus.FAILED);
        repository.update(merge);
        JobExecution execution = repository.getLastJobExecution(instance);
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED);
        repository.update(execution);
    }

    private static List<String> persons(ElasticsearchClient client, IndexNames names, String id) throws IOException {
        return field(client, names, id, "persons");
    }

    @SuppressWarnings("unchecked")
    private static List<String> field(ElasticsearchClient client, IndexNames names, String id, String field) throws IOException {
        return (List<String>) client.get(g -> g.index(names.readAlias()).id(id), Map.class).source().get(field);
    }
}
