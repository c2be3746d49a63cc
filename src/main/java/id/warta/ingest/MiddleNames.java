package id.warta.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/**
 * Names of one person that differ between their first and last word: a middle name written out, as an initial
 * or left out ("Yasonna Laoly", "Yasonna H. Laoly", "Yasonna Hamonangan Laoly"; "Laode M Syarif", "Laode Muhammad
 * Syarif", "Laode Syarif"). A name goes under the most used name of which it can be a form (same first and last
 * word; the middle words of one, and their initials, found in order in the other's, a word also as another spelling
 * of it: "Kamal" for "Kemal"), when that is used more and all
 * the names it can be a form of are forms of that one: "Siti Azizah" stays when "Siti Nur Azizah" and "Siti Rahma
 * Azizah" are both used, whichever is used more. Not merged:
 * <ul>
 * <li>names whose words are all of five letters or fewer, as Chinese and Korean names are written: "Wang Yi" is
 * not "Wang Zhi Yi", nor "Lee Soo" "Lee Kwang Soo";</li>
 * <li>names whose added words hold a patronymic: "Abdul Aziz" is not "Abdul Lathif bin Abdul Aziz";</li>
 * <li>different initials: "George W. Bush" is not "George H.W. Bush";</li>
 * <li>a two-word name both of whose words are common in the archive, to which the other name adds a word or an
 * initial: its first word begins names with {@value #COMMON} different last words or more, and its last word ends
 * names with as many different first words. "Agus Susanto" may be anyone, "Agus Dwi Susanto" is one person.</li>
 * </ul>
 * Found in two reads of the archive's names, like {@link NameSpellings}: the first keeps a 64-bit hash of each
 * name's first and last word, the second the names whose first and last word another name shares.
 */
final class MiddleNames {

    /** The different last words after a first word (first words before a last word) that make it common. */
    static final int COMMON = 20;
    private static final Set<String> PATRONYMICS = Set.of("bin", "binti", "bint", "ibn", "ibnu", "bte");
    private static final int SYLLABLE = 5;

    /** A name and the articles that use it. */
    private record Name(String name, long articles) {
    }

    /** A name of a group being merged, with its words (made per group, so the names waiting hold no more than this). */
    private record Form(String name, long articles, Words words) {
    }

    private long[] hashes = new long[1024];
    private int size;
    /** After the first read: each distinct pair of first and last word, sorted, and which of them more names share. */
    private long[] pairs;
    private BitSet shared;
    private BitSet seen;
    private final Map<String, Integer> lastWordsAfter = new HashMap<>();
    private final Map<String, Integer> firstWordsBefore = new HashMap<>();
    private final Map<Long, List<Name>> groups = new HashMap<>();

    /** First read: every name of the archive (one-word names are left out). */
    void count(String name) {
        Words words = Words.of(name);
        if (words == null) {
            return;
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = words.pairHash();
    }

    /**
     * Second read: takes the name if another name has its first and last word (and returns true), else leaves it
     * to the caller.
     */
    boolean take(String name, long articles) {
        if (pairs == null) {
            indexPairs();
        }
        Words words = Words.of(name);
        if (words == null) {
            return false;
        }
        int at = Arrays.binarySearch(pairs, words.pairHash());
        if (at < 0) {
            return false; // a name the first read did not see: nothing to compare it with
        }
        if (!seen.get(at)) {
            seen.set(at);
            lastWordsAfter.merge(words.first(), 1, Integer::sum);
            firstWordsBefore.merge(words.last(), 1, Integer::sum);
        }
        if (!shared.get(at)) {
            return false;
        }
        groups.computeIfAbsent(words.pairHash(), k -> new ArrayList<>(2)).add(new Name(name, articles));
        return true;
    }

    /**
     * After the second read: every name that goes under another (name -> the one kept), and, to {@code kept}, each
     * name taken that stays, with the articles of the names that go under it.
     */
    Map<String, String> merges(ObjLongConsumer<String> kept) {
        Map<String, String> merges = new HashMap<>();
        for (List<Name> names : groups.values()) {
            List<Form> group = names.stream().map(n -> new Form(n.name(), n.articles(), Words.of(n.name())))
                    .sorted(Comparator.comparingLong(Form::articles).reversed().thenComparing(Form::name)).toList();
            Map<Form, Boolean> ambiguous = new HashMap<>();
            Map<String, Long> articles = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                Form name = group.get(i);
                Form into = into(group, i, merges, ambiguous);
                if (into == null) {
                    articles.merge(name.name(), name.articles(), Long::sum);
                } else {
                    merges.put(name.name(), into.name());
                    articles.merge(into.name(), name.articles(), Long::sum);
                }
            }
            articles.forEach(kept::accept);
        }
        return merges;
    }

    /**
     * Where the {@code at}-th name of a group (most used first; on a tie, first in order) goes, or null: to the most
     * used name of the group it is a form of, if that one comes before it, neither of them is {@link #ambiguous}, and
     * it is a form of the name that one goes to in turn.
     */
    private Form into(List<Form> group, int at, Map<String, String> merges, Map<Form, Boolean> ambiguous) {
        Form name = group.get(at);
        int best = -1;
        for (int i = 0; i < group.size() && best < 0; i++) {
            if (i != at && sameName(name.words(), group.get(i).words())) {
                best = i;
            }
        }
        if (best < 0 || best > at) {
            return null;
        }
        Form chosen = group.get(best);
        if (ambiguous.computeIfAbsent(name, n -> ambiguous(group, n)) || ambiguous.computeIfAbsent(chosen, n -> ambiguous(group, n))) {
            return null; // "Siti Rahma Azizah" does not go to "Siti Azizah", which may be "Siti Nur Azizah"
        }
        String last = merges.get(chosen.name());
        if (last == null) {
            return chosen;
        }
        Form target = group.stream().filter(n -> n.name().equals(last)).findFirst().orElseThrow();
        return sameName(name.words(), target.words()) ? target : null;
    }

    /**
     * Whether {@code name} can be a form of two names that are neither forms of each other nor spellings of one
     * another: "Siti Azizah" of "Siti Nur Azizah" and "Siti Rahma Azizah", "Agus Prasetyo" of "Agus Dwi Prasetyo" and
     * "Agus Dedi Prasetyo". "Laode Syarif" of "Laode Muhammad Syarif" and "Laode Muhamad Syarif" is not.
     */
    private boolean ambiguous(List<Form> group, Form name) {
        List<Words> forms = group.stream().filter(n -> n != name && sameName(name.words(), n.words())).map(Form::words).toList();
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                if (!sameName(forms.get(i), forms.get(j)) && !spellings(forms.get(i), forms.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two names write the same middle words but for a letter or two in each, with the same initials: "Muhammad"
     * and "Muhamad", "Kemal" and "Kamal", "Soeprihadi" and "Suprihadi".
     */
    private static boolean spellings(Words a, Words b) {
        if (a.middle().isEmpty() || a.middle().size() != b.middle().size() || !a.initials().equals(b.initials())) {
            return false;
        }
        for (int i = 0; i < a.middle().size(); i++) {
            if (!spelt(a.middle().get(i), b.middle().get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two spellings of one word: the same in the spelling of 1972 (oe is u, dj is j) but for one letter in words of up
     * to six letters, two in longer ones. "Dwi" and "Dedi" are two words.
     */
    static boolean spelt(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String x = a.replace("oe", "u").replace("dj", "j");
        String y = b.replace("oe", "u").replace("dj", "j");
        return distance(x, y) <= (Math.max(x.length(), y.length()) > 6 ? 2 : 1);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Whether two names with the same first and last word can be forms of one name: the middle words of one, and the
     * letters of all its middle words and initials, found in order in the other's (see the class comment).
     */
    boolean sameName(Words a, Words b) {
        if (a.middle().equals(b.middle()) && a.letters().equals(b.letters())) {
            return false; // the same middle: a spelling, not a form ({@link NameSpellings})
        }
        boolean aShorter = a.middle().size() < b.middle().size()
                || a.middle().size() == b.middle().size() && a.letters().length() <= b.letters().length();
        Words shorter = aShorter ? a : b;
        Words longer = aShorter ? b : a;
        if (longer.letters().length() < shorter.letters().length()) {
            return false; // each has more of something: "George Walker Bush", "George H.W. Bush"
        }
        if (!inOrder(shorter.middle(), longer.middle(), MiddleNames::spelt) || !inOrder(letters(shorter), letters(longer), String::equals)) {
            return false;
        }
        if (shorter.middle().isEmpty() && longer.middle().isEmpty() && !shorter.initials().isEmpty()) {
            return false; // initials only on both sides, and different: "George W. Bush", "George H.W. Bush"
        }
        if (syllabic(longer.all())
                || longer.middle().stream().anyMatch(PATRONYMICS::contains)) {
            return false;
        }
        boolean lengthens = longer.letters().length() > shorter.letters().length();
        return !(lengthens && shorter.all().size() == 2 && common(shorter));
    }

    /**
     * Whether a name of three words or more is all short syllables, as Chinese and Korean names are ("Goh Liu Ying",
     * "Lee Seung Gi"): words many share. ("Harry Kane" and "Mark Rutte" have short words too.)
     */
    static boolean syllabic(List<String> words) {
        return words.size() >= 3 && words.stream().allMatch(w -> w.length() <= SYLLABLE);
    }

    private boolean common(Words name) {
        return lastWordsAfter.getOrDefault(name.first(), 0) >= COMMON && firstWordsBefore.getOrDefault(name.last(), 0) >= COMMON;
    }

    private static List<String> letters(Words name) {
        return name.letters().chars().mapToObj(Character::toString).toList();
    }

    /** Whether every item of {@code few} is found in {@code many}, in the same order. */
    private static boolean inOrder(List<String> few, List<String> many, java.util.function.BiPredicate<String, String> same) {
        int at = 0;
        for (String item : few) {
            while (at < many.size() && !same.test(many.get(at), item)) {
                at++;
            }
            if (at == many.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private void indexPairs() {
        long[] sorted = Arrays.copyOf(hashes, size);
        hashes = null;
        Arrays.sort(sorted);
        long[] distinct = new long[sorted.length];
        BitSet twice = new BitSet();
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n > 0 && distinct[n - 1] == sorted[i]) {
                twice.set(n - 1);
            } else {
                distinct[n++] = sorted[i];
            }
        }
        pairs = Arrays.copyOf(distinct, n);
        shared = twice;
        seen = new BitSet(n);
    }

    /**
     * A name of two words or more, lower case, dots dropped: its first and last word, its middle words written
     * out, the letters of its middle initials ("H.", "LP", "P.S."), and the first letters of all its middle words.
     */
    record Words(String name, String first, String last, List<String> middle, String initials, String letters, List<String> all) {

        static Words of(String name) {
            String[] words = name.strip().split("\\s+");
            if (words.length < 2 || isInitials(words[0]) || isInitials(words[words.length - 1])) {
                return null;
            }
            List<String> middle = new ArrayList<>();
            StringBuilder initials = new StringBuilder();
            StringBuilder letters = new StringBuilder();
            for (int i = 1; i < words.length - 1; i++) {
                String word = lower(words[i]);
                if (word.isEmpty()) {
                    continue;
                }
                if (isInitials(words[i])) {
                    initials.append(word);
                    letters.append(word);
                } else {
                    middle.add(word);
                    letters.append(word.charAt(0));
                }
            }
            List<String> all = Arrays.stream(words).map(Words::lower).toList();
            return new Words(name, all.getFirst(), all.getLast(), middle, initials.toString(), letters.toString(), all);
        }

        /** "H", "H.", "LP", "P.S.", "R.R": capitals of three letters at most, or one or two letters with a dot. */
        private static boolean isInitials(String word) {
            String letters = word.replace(".", "");
            if (letters.isEmpty() || !letters.chars().allMatch(Character::isLetter)) {
                return false;
            }
            return letters.length() <= 3 && letters.equals(letters.toUpperCase(Locale.ROOT)) && !word.equals(letters.toLowerCase(Locale.ROOT))
                    || word.endsWith(".") && letters.length() <= 2;
        }

        private static String lower(String word) {
            return word.replace(".", "").toLowerCase(Locale.ROOT);
        }

        long pairHash() {
            long h = 0xcbf29ce484222325L;
            String key = first + '\u0000' + last;
            for (int i = 0; i < key.length(); i++) {
                h = (h ^ key.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }
    }
}
