package id.warta.ingest;

import id.warta.article.Article;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed's dates read as the same text in any other format: a date without a time in the job's zone, a date with a zone exactly. */
class FeedDatesTest {

    private static final String BODY = "Hujan deras yang turun sejak pagi membuat sejumlah ruas jalan di Jakarta tergenang "
            + "dan lalu lintas tersendat hingga siang.";

    @TempDir
    Path dir;

    @Test
    @DisplayName("RSS and Atom: '2019-09-10' is midnight in the job's zone (Asia/Jakarta), as in JSON Lines; dates with a zone stay exact")
    void dateWithoutTimeIsReadInTheJobsZone() throws IOException {
        Path rss = Files.writeString(dir.resolve("tanggal.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tanggal</title><link>https://kabar.example/</link>
                <description>d</description>
                %s
                </channel></rss>
                """.formatted(String.join("\n",
                item(1, "<pubDate>2019-09-10</pubDate>"),
                item(2, "<dc:date>2019-09-10</dc:date>"),
                item(3, "<pubDate>Tue, 10 Sep 2019 10:00:00 EST</pubDate>"),
                item(4, "<dc:date>2019-09-10T10:00:00+07:00</dc:date>"),
                item(5, "<pubDate>Tue, 10 Sep 2019 10:00:00 GMT</pubDate>"))));
        Path atom = Files.writeString(dir.resolve("tanggal.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Tanggal</title><id>urn:tanggal</id><updated>2019-09-10T00:00:00Z</updated>
                <entry><title>Banjir di Bekasi</title><id>urn:tanggal:1</id><link href="https://kabar.example/atom/1"/>
                <published>2019-09-10</published><updated>2019-09-11T08:00:00Z</updated><content>%s</content></entry>
                </feed>
                """.formatted(BODY));
        Path jsonl = Files.writeString(dir.resolve("tanggal.jsonl"),
                "{\"title\":\"Banjir di Depok\",\"content\":\"" + BODY + "\",\"date\":\"2019-09-10\"}\n");

        List<Article> articles = TestReading.process(rss, atom, jsonl).stream().map(ProcessedRecord::article).toList();
        Instant jakartaMidnight = Instant.parse("2019-09-09T17:00:00Z");
        assertThat(articles).extracting(Article::publishedAt).containsExactly(
                jakartaMidnight, jakartaMidnight, Instant.parse("2019-09-10T15:00:00Z"), Instant.parse("2019-09-10T03:00:00Z"),
                Instant.parse("2019-09-10T10:00:00Z"), jakartaMidnight, jakartaMidnight);
    }

    private static String item(int n, String date) {
        return "<item><title>Banjir " + n + "</title><link>https://kabar.example/rss/" + n + "</link>" + date
                + "<description>" + BODY + "</description></item>";
    }
}
