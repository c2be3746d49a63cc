package id.warta.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import java.util.regex.Pattern;

/**
 * Spellings of one person's name that differ only in case, spaces, punctuation, accents or the old Indonesian
 * spelling: "Laode M. Syarif" and "Laode M Syarif", "WICAKSONO" and "Wicaksono", "Ayu Ting-Ting" and "Ayu Ting
 * Ting", "Marc Márquez" and "Marc Marquez", "Soeharto" and "Suharto". Each such group is stored under one spelling:
 * one in mixed case before one in capitals or in lower case, then the one most articles use.
 * <p>
 * Found in two reads of the archive's names, so that memory stays small however many names it holds: the
 * first keeps only a 64-bit hash of each name's folded form ({@link #fold}), 8 bytes a name (up to 16 while
 * the array grows); the second keeps the names whose hash another name shares: a few in a hundred in news
 * written with capitals, but nearly every name of an archive whose sources also write in lower case. A
 * group's articles are the sum over its spellings, so an article that uses two spellings counts twice.
 */
final class NameSpellings {

    /** A spelling and the articles that use it. */
    private record Spelling(String name, long articles) {
    }

    private long[] hashes = new long[1024];
    private int size;
    private Set<Long> shared;
    private final Map<String, List<Spelling>> groups = new HashMap<>();

    /** First read: every name of the archive. */
    void count(String name) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash(fold(name));
    }

    /**
     * Second read: takes the name if another spelling may share its folded form (and returns true), else
     * leaves it to the caller.
     */
    boolean take(String name, long articles) {
        if (shared == null) {
            shared = sharedHashes();
            hashes = null;
        }
        if (!took(name)) {
            return false;
        }
        groups.computeIfAbsent(fold(name), f -> new ArrayList<>(2)).add(new Spelling(name, articles));
        return true;
    }

    /** After the first read: whether {@link #take} takes (or took) this name. */
    boolean took(String name) {
        String folded = fold(name);
        return !folded.isEmpty() && shared.contains(hash(folded)); // a name of no letter or digit spells nothing another could
    }

    /**
     * After the second read: every spelling that goes under another (spelling -> the one kept), and, to
     * {@code kept}, each name taken with the articles of its whole group (a name that shared only a hash, alone).
     */
    Map<String, String> merges(ObjLongConsumer<String> kept) {
        Map<String, String> merges = new HashMap<>();
        groups.values().forEach(spellings -> {
            String best = best(spellings);
            for (Spelling s : spellings) {
                if (!s.name().equals(best)) {
                    merges.put(s.name(), best);
                }
            }
            kept.accept(best, articles(spellings));
        });
        return merges;
    }

    /** After the second read, again: each kept spelling with the articles of its group, as {@link #merges} gave them. */
    void forEachKept(ObjLongConsumer<String> kept) {
        groups.values().forEach(spellings -> kept.accept(best(spellings), articles(spellings)));
    }

    private static String best(List<Spelling> spellings) {
        Spelling best = spellings.getFirst();
        for (Spelling s : spellings) {
            if (better(s, best)) {
                best = s;
            }
        }
        return best.name();
    }

    private static long articles(List<Spelling> spellings) {
        long articles = 0;
        for (Spelling s : spellings) {
            articles += s.articles();
        }
        return articles;
    }

    private static boolean better(Spelling a, Spelling b) {
        boolean aMixed = mixedCase(a.name());
        boolean bMixed = mixedCase(b.name());
        if (aMixed != bMixed) {
            return aMixed;
        }
        return a.articles() != b.articles() ? a.articles() > b.articles() : a.name().compareTo(b.name()) < 0;
    }

    private static boolean mixedCase(String name) {
        return !name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The name without accents, case, spaces and punctuation, in the spelling Indonesian uses since 1972 (oe is u, dj is
     * j): "Laode M. Syarif" and "laode m syarif" fold alike, as do "Soeharto" and "Suharto", "Basaria Pandjaitan" and
     * "Basaria Panjaitan". German's ü written ue is u as well, as news writes it without the accent: "Jürgen Klopp",
     * "Juergen Klopp" and "Jurgen Klopp" fold alike.
     */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        StringBuilder word = new StringBuilder();
        decomposed.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(modernSpelling(word));
            }
        });
        return folded.append(modernSpelling(word)).toString();
    }

    /** German's ue for ü; not Pinyin's xue, yue, que ("Xue Chen" is not "Xu Chen"). */
    private static final Pattern GERMAN_UE = Pattern.compile("(?<![xyq])ue");

    /** A word in the spelling of 1972 and ue as u, emptying the builder: within a word only ("Ko Eun" is no "Kun"). */
    private static String modernSpelling(StringBuilder word) {
        String modern = GERMAN_UE.matcher(word.toString().replace("oe", "u").replace("dj", "j")).replaceAll("u");
        word.setLength(0);
        return modern;
    }

    /** FNV-1a over the UTF-16 units: 64 bits, so that distinct folded forms practically never meet. */
    private static long hash(String folded) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < folded.length(); i++) {
            h = (h ^ folded.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private Set<Long> sharedHashes() {
        Arrays.sort(hashes, 0, size);
        Set<Long> out = new HashSet<>();
        for (int i = 1; i < size; i++) {
            if (hashes[i] == hashes[i - 1]) {
                out.add(hashes[i]);
            }
        }
        return out;
    }
}
