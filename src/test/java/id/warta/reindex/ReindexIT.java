package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import id.warta.WartaException;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexMeta;
import id.warta.index.IndexNames;
import id.warta.index.IndexVersion;
import id.warta.index.IndexVersions;
import id.warta.ingest.IngestHarness;
import id.warta.ingest.IngestSummary;
import id.warta.ingest.PersonNameMerge;
import id.warta.ingest.TestArchives;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #6: `warta reindex`, `rollback` and `indices prune` against the real node, with searches and ingests going on. */
@ElasticsearchTest
class ReindexIT {

    @Test
    @DisplayName("reindex copies every article, verifies, moves both aliases at once; searches meanwhile never fail nor drop")
    void reindexUnderSearchLoad(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            ingest(harness, home, names, 0, 3_000);
            long before = count(client, names.readAlias());
            long matchingBefore = matching(client, names);
            assertThat(before).isEqualTo(3_000);

            AtomicBoolean running = new AtomicBoolean(true);
            Queue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
            AtomicLong lowestMatching = new AtomicLong(Long.MAX_VALUE);
            AtomicLong searches = new AtomicLong();
            CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    try {
                        lowest.accumulateAndGet(count(client, names.readAlias()), Math::min);
                        lowestMatching.accumulateAndGet(matching(client, names), Math::min);
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                }
            });
            ReindexSummary summary = harness.bean(ReindexRunner.class).run(false, null);
            Thread.sleep(300);
            running.set(false);
            searching.get();

            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(summary.copied()).isEqualTo(3_000);
            assertThat(summary.sampled()).isEqualTo(CopyVerification.SAMPLE);
            assertThat(errors).as("search errors during the reindex").isEmpty();
            assertThat(searches.get()).as("searches ran during the reindex").isGreaterThan(10);
            assertThat(lowest.get()).as("lowest total seen while reindexing").isEqualTo(before);
            assertThat(lowestMatching.get()).as("lowest total of a text query while reindexing").isEqualTo(matchingBefore);

            List<IndexVersion> versions = new IndexVersions(client, names).list();
            assertThat(versions).extracting(IndexVersion::name).containsExactly(names.version(1), names.version(2));
            IndexVersion v2 = versions.get(1);
            assertThat(v2.read() && v2.write()).as("both aliases on the new version").isTrue();
            assertThat(versions.get(0).aliased()).isFalse();
            assertThat(v2.reindexedFrom()).isEqualTo(names.version(1));
            assertThat(versions.get(0).documents()).as("the old version is left as it was").isEqualTo(3_000);

            // A second reindex builds v3; prune keeps what is asked and never the live one.
            assertThat(harness.bean(ReindexRunner.class).run(false, null).completed()).isTrue();
            IndexVersions indexVersions = new IndexVersions(client, names);
            assertThat(indexVersions.prune(2)).containsExactly(names.version(1));
            assertThat(indexVersions.prune(1)).containsExactly(names.version(2));
            assertThat(indexVersions.prune(1)).isEmpty();
            assertThat(indexVersions.list()).extracting(IndexVersion::name).containsExactly(names.version(3));
            assertThat(count(client, names.readAlias())).isEqualTo(3_000);
            assertThatThrownBy(() -> indexVersions.prune(0)).hasMessageContaining("at least 1");
        }
    }

    @Test
    @DisplayName("the copy sees articles written just before it starts, not yet refreshed; its progress bar ends at 100%")
    void copyIncludesUnrefreshedWrites(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            ingest(harness, home, names, 0, 200);
            client.indices().putSettings(p -> p.index(names.version(1)).settings(s -> s.refreshInterval(t -> t.time("-1"))));
            ingest(harness, home, names, 200, 300);
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            ReindexSummary summary;
            try (java.io.PrintStream progress = new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8)) {
                summary = harness.bean(ReindexRunner.class).run(false, progress);
            }

            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(summary.copied()).as("every article, by the copy itself").isEqualTo(500);
            assertThat(summary.caughtUp()).isZero();
            assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("reindex 100%").contains("500/500");
        }
    }

    @Test
    @DisplayName("an ingest running during the reindex loses nothing: what lands in the old version is caught up")
    void ingestDuringReindex(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            ingest(harness, home, names, 0, 3_000);
            Path more = TestArchives.generate(home.resolve("more.jsonl"), 3_000, 6_000);
            CompletableFuture<IngestSummary> ingesting = CompletableFuture.supplyAsync(() -> harness.run(
                    IngestHarness.fromCommandLine("--format", "jsonl", "--source", "gen", "--name", "more", "--no-entities",
                            "--threads", "1", more.toString())));
            waitUntil(() -> count(client, names.readAlias()) >= 3_500);
            assertThat(ingesting).as("the second ingest is still running when the reindex starts").isNotDone();
            ReindexSummary summary = harness.bean(ReindexRunner.class).run(false, null);
            IngestSummary ingested = ingesting.get();

            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(ingested.completed()).as(ingested.render()).isTrue();
            assertThat(ingested.indexed()).isEqualTo(6_000);
            assertThat(count(client, names.readAlias())).as("every article of both ingests, once").isEqualTo(9_000);
            assertThat(new IndexVersions(client, names).live().orElseThrow().name()).isEqualTo(names.version(2));
            for (String id : List.of("gen-0", "gen-2999", "gen-3000", "gen-6000", "gen-8999")) {
                String documentId = documentId(client, names, id);
                assertThat(client.exists(e -> e.index(names.readAlias()).id(documentId)).value()).as(id).isTrue();
            }
            System.out.printf("reindex during ingest: copied %,d, caught up %,d%n", summary.copied(), summary.caughtUp());
        }
    }

    @Test
    @DisplayName("--re-extract gives old articles the extractor's entities; rollback restores the previous answers")
    void reExtractAndRollback(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary ingested = harness.run(IngestHarness.fromCommandLine("--format", "jsonl", "--source", "click-id",
                    "--name", "old", "--no-entities", TestArchives.SAMPLE.toString()));
            assertThat(ingested.completed()).as(ingested.render()).isTrue();
            long total = count(client, names.readAlias());
            List<String> answersBefore = topIds(client, names);
            assertThat(withCountry(client, names, "US")).as("indexed without extraction").isZero();

            ReindexSummary summary = harness.bean(ReindexRunner.class).run(true, null);
            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(count(client, names.readAlias())).isEqualTo(total);
            assertThat(withCountry(client, names, "US")).as("articles mentioning the United States after --re-extract").isGreaterThan(10);
            assertThat(withCountry(client, names, "ID")).isGreaterThan(50);
            assertThat(withPerson(client, names, "Donald Trump")).isGreaterThan(10);
            assertThat(withPerson(client, names, "Trump")).as("Trump named alone: stored under his full name, as after an ingest").isZero();
            assertThat(new IndexVersions(client, names).live().orElseThrow().reExtract()).isTrue();

            assertThat(harness.bean(ReindexRunner.class).rollback()).isEqualTo(names.version(1));
            IndexVersion live = new IndexVersions(client, names).live().orElseThrow();
            assertThat(live.name()).isEqualTo(names.version(1));
            assertThat(live.write()).isTrue();
            assertThat(withCountry(client, names, "US")).as("the previous answers are back").isZero();
            assertThat(topIds(client, names)).isEqualTo(answersBefore);
            assertThatThrownBy(() -> harness.bean(ReindexRunner.class).rollback())
                    .isInstanceOf(WartaException.class).hasMessageContaining("no version before");

            // The next reindex builds v3 from the live v1; the rolled-back v2 is not taken for an unfinished one.
            ReindexSummary again = harness.bean(ReindexRunner.class).run(false, null);
            assertThat(again.target()).isEqualTo(names.version(3));
            assertThat(again.source()).isEqualTo(names.version(1));
        }
    }

    @Test
    @DisplayName("a copy that does not match is never made live: the summary says what differed; --discard drops it")
    void failedVerification(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            ingest(harness, home, names, 0, 500);
            // A stray article already in the next version, as if someone had written into it by hand.
            IndexBootstrap bootstrap = new IndexBootstrap(client, names, IndexDefinition.load());
            bootstrap.createVersion(2, Map.of(IndexMeta.REINDEXED_FROM, names.version(1),
                    IndexMeta.REINDEX_STARTED_AT, Instant.now().toString(), IndexMeta.RE_EXTRACT, "false"));
            client.index(i -> i.index(names.version(2)).id("stray").document(Map.of("id", "stray", "title", "Nyasar",
                    "body", "Artikel nyasar.", "source", "manual", "ingested_at", Instant.now().toString())));

            ReindexSummary failed = harness.bean(ReindexRunner.class).run(false, null);
            assertThat(failed.completed()).isFalse();
            assertThat(failed.aliasesMoved()).isFalse();
            assertThat(failed.differences()).anySatisfy(d -> assertThat(d).contains("document counts differ", "500", "501"));
            assertThat(failed.render()).contains("The aliases were not moved", "--discard");
            IndexVersion live = new IndexVersions(client, names).live().orElseThrow();
            assertThat(live.name()).isEqualTo(names.version(1));
            assertThat(live.write()).isTrue();

            assertThatThrownBy(() -> harness.bean(ReindexRunner.class).rollback()).hasMessageContaining("unfinished");
            assertThat(harness.bean(ReindexRunner.class).discard().target()).isEqualTo(names.version(2));
            ReindexSummary fresh = harness.bean(ReindexRunner.class).run(false, null);
            assertThat(fresh.completed()).as(fresh.render()).isTrue();
            assertThat(fresh.target()).isEqualTo(names.version(2));
            assertThat(count(client, names.readAlias())).isEqualTo(500);
        }
    }

    @Test
    @DisplayName("verification names the article and the field that differ")
    void verificationNamesTheDifference(ClusterConnection es, ElasticsearchClient client, IndexNames names) throws Exception {
        twoVersions(client, names, 5, (index, i) -> Map.of("id", "a" + i, "body", "Isi a" + i, "source", "uji",
                "title", index.endsWith("-v2") && i == 3 ? "Judul yang diubah" : "Judul " + i, "ingested_at", EARLIER));
        CopyVerification verification = new CopyVerification(client, java.util.function.UnaryOperator.identity());
        var outcome = verification.verify(names.version(1), names.version(2), Instant.now());
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.sampled()).isEqualTo(5);
        assertThat(outcome.differences()).containsExactly("a3: field 'title' is 'Judul 3' in " + names.version(1)
                + " but 'Judul yang diubah' in " + names.version(2));

        // Written again into the source after the last catch-up began: the catch-up after the swap brings it over.
        Instant lastCatchUp = Instant.now();
        client.index(x -> x.index(names.version(1)).id("a3").document(Map.of("id", "a3", "title", "Judul 3 baru",
                "body", "Isi a3", "source", "uji", "ingested_at", Instant.now().plusMillis(1).toString())));
        var later = verification.verify(names.version(1), names.version(2), lastCatchUp);
        assertThat(later.passed()).as(later.differences().toString()).isTrue();
        assertThat(later.sampled()).isEqualTo(5);
    }

    @Test
    @DisplayName("an ingest's merge of persons' names into the live version while a reindex copies it is caught up, and verifies")
    void personNameMergeDuringReindex(ClusterConnection es, ElasticsearchClient client, IndexNames names) throws Exception {
        // as copied, before the merge
        twoVersions(client, names, 15, (index, i) -> Map.of("id", "p" + i, "title", "Judul p" + i, "body", "Isi p" + i,
                "source", "uji", "persons", List.of(i < 12 ? "Donald Trump" : "Trump"), "ingested_at", EARLIER));
        Instant copyStarted = Instant.now();
        assertThat(PersonNameMerge.afterIngest(client, names.version(1)).run()).isEqualTo(new PersonNameMerge.Result(1, 3, 0));

        Instant catchUpStart = Instant.now();
        CatchUp.Result caughtUp = new CatchUp(client, java.util.function.UnaryOperator.identity())
                .sync(names.version(1), names.version(2), copyStarted.minus(CatchUp.INGEST_MARGIN));
        assertThat(caughtUp.copied()).as("the three merged articles").isEqualTo(3);
        assertThat(client.count(c -> c.index(names.version(2)).query(q -> q.term(t -> t.field("persons").value("Trump"))))
                .count()).isZero();
        var outcome = new CopyVerification(client, java.util.function.UnaryOperator.identity())
                .verify(names.version(1), names.version(2), catchUpStart);
        assertThat(outcome.passed()).as(outcome.differences().toString()).isTrue();
        assertThat(outcome.sampled()).isEqualTo(15);
    }

    /** When the articles that {@link #twoVersions} writes were ingested. */
    private static final String EARLIER = "2026-01-01T00:00:00Z";

    /** Versions 1 and 2 of the index, without aliases, each holding the documents made for it (index, number). */
    private static void twoVersions(ElasticsearchClient client, IndexNames names, int documents,
                                    java.util.function.BiFunction<String, Integer, Map<String, Object>> document) throws IOException {
        IndexBootstrap bootstrap = new IndexBootstrap(client, names, IndexDefinition.load());
        bootstrap.createVersion(1, Map.of());
        bootstrap.createVersion(2, Map.of());
        for (String index : List.of(names.version(1), names.version(2))) {
            for (int i = 0; i < documents; i++) {
                Map<String, Object> doc = document.apply(index, i);
                client.index(x -> x.index(index).id(String.valueOf(doc.get("id"))).document(doc));
            }
        }
    }

    static void ingest(IngestHarness harness, Path home, IndexNames names, int first, int count) throws IOException {
        Path archive = TestArchives.generate(home.resolve("archive-" + first + ".jsonl"), first, count);
        IngestSummary summary = harness.run(IngestHarness.fromCommandLine("--format", "jsonl", "--source", "gen", "--name",
                "gen-" + first, "--no-entities", "--threads", "2", archive.toString()));
        assertThat(summary.completed()).as(summary.render()).isTrue();
    }

    static long count(ElasticsearchClient client, String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        return client.count(c -> c.index(index)).count();
    }

    private static long matching(ElasticsearchClient client, IndexNames names) throws IOException {
        return client.search(s -> s.index(names.readAlias()).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.match(m -> m.field("body").query("pemerintah"))), Map.class).hits().total().value();
    }

    private static long withCountry(ElasticsearchClient client, IndexNames names, String code) throws IOException {
        client.indices().refresh(r -> r.index(names.readAlias()));
        return client.count(c -> c.index(names.readAlias()).query(q -> q.term(t -> t.field("countries").value(code)))).count();
    }

    private static long withPerson(ElasticsearchClient client, IndexNames names, String person) throws IOException {
        client.indices().refresh(r -> r.index(names.readAlias()));
        return client.count(c -> c.index(names.readAlias()).query(q -> q.term(t -> t.field("persons").value(person)))).count();
    }

    private static List<String> topIds(ElasticsearchClient client, IndexNames names) throws IOException {
        return client.search(s -> s.index(names.readAlias()).size(20)
                        .query(q -> q.match(m -> m.field("body").query("presiden menteri"))), Map.class)
                .hits().hits().stream().map(h -> h.id()).toList();
    }

    /** The document id Warta gave the generated article with this archive id. */
    private static String documentId(ElasticsearchClient client, IndexNames names, String url) throws IOException {
        String number = url.substring("gen-".length());
        var hits = client.search(s -> s.index(names.readAlias()).size(1)
                .query(q -> q.term(t -> t.field("url").value(FieldValue.of("https://example.id/berita/" + number)))), Map.class)
                .hits().hits();
        assertThat(hits).as("article " + url).isNotEmpty();
        return hits.getFirst().id();
    }

    private static void waitUntil(Check check) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 2 minutes");
            }
            Thread.sleep(50);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }
}
