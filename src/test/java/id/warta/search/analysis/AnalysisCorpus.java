package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.article.Article;
import id.warta.index.IndexNames;
import id.warta.search.FixtureCorpus;

import java.io.IOException;
import java.util.List;

import static id.warta.search.FixtureCorpus.article;

/**
 * Sixteen articles with known answers for the analysis views (issue #10). Times are WIB (+07:00).
 *
 * <pre>
 * id  day (WIB)   countries  persons
 * r1  2024-01-03  NL UA      Mark Rutte, Volodymyr Zelensky
 * r2  2024-01-10  NL UA      Mark Rutte, Volodymyr Zelensky
 * r3  2024-01-17  NL US      Mark Rutte, Joe Biden
 * r4  2024-02-05  NL UA US   Mark Rutte, Volodymyr Zelensky, Joe Biden, Ursula von der Leyen
 * o1  2024-01-20  US UA      Joe Biden, Volodymyr Zelensky
 * o2  2024-01-25  US         Joe Biden
 * o3  2024-04-10  US         Joe Biden
 * k1  2024-01-04  KP         Kim Jong Un                    rudal, balistik, meluncurkan
 * k2  2024-01-08  KP JP      Kim Jong Un                    rudal, meluncurkan; 00:30 WIB = 7 January UTC; boilerplate
 * k3  2024-01-24  KP RU      Kim Jong Un, Vladimir Putin    rudal, diluncurkan; boilerplate
 * k4  2024-02-06  KP         -                              rudal, balistik; boilerplate
 * i1  2024-01-05  ID         Joko Widodo
 * i2  2024-01-12  ID         Joko Widodo, Prabowo Subianto
 * i3  2024-01-19  ID         Prabowo Subianto
 * i4  2024-01-26  ID         Prabowo Subianto
 * i5  2024-02-02  ID         -
 * </pre>
 *
 * Co-occurrence with Mark Rutte (4 of 16 articles): Zelensky 3 of his 4 (lift 3), Biden 2 of his 5
 * (lift 1.6), von der Leyen 1 of 1 (lift 4, but a single article). In the North Korean articles the body
 * words "rudal" (all four), "meluncurkan"/"diluncurkan" (three) and "balistik" (two) appear nowhere else;
 * the boilerplate sentence of k2-k4 is the same copied text and must count once.
 */
public final class AnalysisCorpus {

    public static final String BOILERPLATE = " Ikuti terus perkembangan terbaru semenanjung lewat kanal internasional redaksi setiap pagi.";

    public static final List<Article> ARTICLES = List.of(
            article("r1", "kompas", "id", "2024-01-03T10:00:00+07:00", "Rutte janjikan pertahanan udara untuk Ukraina",
                    "Sekretaris Jenderal NATO Mark Rutte bertemu Volodymyr Zelensky di Kyiv dan menjanjikan sistem pertahanan udara tambahan.",
                    List.of("NL", "UA"), List.of("Mark Rutte", "Volodymyr Zelensky")),
            article("r2", "tempo", "id", "2024-01-10T09:00:00+07:00", "NATO tambah bantuan amunisi",
                    "Mark Rutte mengatakan aliansi NATO akan menambah bantuan amunisi setelah berbicara dengan Volodymyr Zelensky.",
                    List.of("NL", "UA"), List.of("Mark Rutte", "Volodymyr Zelensky")),
            article("r3", "detik", "id", "2024-01-17T15:00:00+07:00", "Rutte dan Biden bahas anggaran pertahanan",
                    "Mark Rutte dan Joe Biden membahas anggaran pertahanan negara anggota NATO di Washington.",
                    List.of("NL", "US"), List.of("Mark Rutte", "Joe Biden")),
            article("r4", "kompas", "id", "2024-02-05T08:00:00+07:00", "KTT NATO di Den Haag",
                    "Mark Rutte membuka pertemuan puncak NATO bersama Joe Biden, Volodymyr Zelensky dan Ursula von der Leyen.",
                    List.of("NL", "UA", "US"), List.of("Mark Rutte", "Volodymyr Zelensky", "Joe Biden", "Ursula von der Leyen")),
            article("o1", "tempo", "id", "2024-01-20T11:00:00+07:00", "Biden terima Zelensky",
                    "Joe Biden menerima Volodymyr Zelensky di Gedung Putih untuk membahas bantuan militer.",
                    List.of("US", "UA"), List.of("Joe Biden", "Volodymyr Zelensky")),
            article("o2", "kompas", "id", "2024-01-25T12:00:00+07:00", "Biden berkampanye di Michigan",
                    "Joe Biden berkampanye di Michigan menjelang pemilihan presiden.",
                    List.of("US"), List.of("Joe Biden")),
            article("o3", "detik", "id", "2024-04-10T13:00:00+07:00", "Undang-undang infrastruktur disahkan",
                    "Joe Biden menandatangani undang-undang anggaran infrastruktur.",
                    List.of("US"), List.of("Joe Biden")),
            article("k1", "kompas", "id", "2024-01-04T10:00:00+07:00", "Korut uji rudal balistik",
                    "Kim Jong Un menyaksikan militer meluncurkan rudal balistik dari pantai timur.",
                    List.of("KP"), List.of("Kim Jong Un")),
            article("k2", "tempo", "id", "2024-01-08T00:30:00+07:00", "Rudal jatuh di laut",
                    "Korut kembali meluncurkan rudal jarak menengah yang jatuh di laut dekat Jepang." + BOILERPLATE,
                    List.of("KP", "JP"), List.of("Kim Jong Un")),
            article("k3", "detik", "id", "2024-01-24T16:00:00+07:00", "Putin dan Kim bahas kerja sama",
                    "Vladimir Putin memuji rudal buatan Pyongyang yang diluncurkan pekan lalu." + BOILERPLATE,
                    List.of("KP", "RU"), List.of("Kim Jong Un", "Vladimir Putin")),
            article("k4", "kompas", "id", "2024-02-06T09:00:00+07:00", "Korea Utara kecam sanksi",
                    "Korea Utara menyebut sanksi itu sebagai alasan menguji rudal balistik." + BOILERPLATE,
                    List.of("KP"), List.of()),
            article("i1", "kompas", "id", "2024-01-05T10:00:00+07:00", "Presiden tinjau harga beras",
                    "Presiden Joko Widodo meninjau harga beras di pasar induk.",
                    List.of("ID"), List.of("Joko Widodo")),
            article("i2", "tempo", "id", "2024-01-12T10:00:00+07:00", "Cadangan beras nasional",
                    "Joko Widodo dan Prabowo Subianto membahas cadangan beras nasional.",
                    List.of("ID"), List.of("Joko Widodo", "Prabowo Subianto")),
            article("i3", "detik", "id", "2024-01-19T10:00:00+07:00", "Kampanye di Jawa Tengah",
                    "Prabowo Subianto berkampanye di Jawa Tengah menjelang pemilihan.",
                    List.of("ID"), List.of("Prabowo Subianto")),
            article("i4", "kompas", "id", "2024-01-26T10:00:00+07:00", "Janji harga pangan",
                    "Prabowo Subianto berjanji menurunkan harga pangan.",
                    List.of("ID"), List.of("Prabowo Subianto")),
            article("i5", "tempo", "id", "2024-02-02T10:00:00+07:00", "Harga beras naik",
                    "Harga beras naik menjelang panen raya, kata pedagang.",
                    List.of("ID"), List.of()));

    private AnalysisCorpus() {
    }

    /** Creates the index for {@code names} and indexes the corpus, visible to search on return. */
    public static void load(ElasticsearchClient client, IndexNames names) throws IOException {
        FixtureCorpus.load(client, names, ARTICLES);
    }
}
