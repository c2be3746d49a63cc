package id.warta.extract;

/**
 * A name found in a sentence: tokens {@code [first, end)} of the text's token list, with its type
 * ({@link NerCorpus#PERSON}, {@link NerCorpus#LOCATION} or {@link NerCorpus#ORGANIZATION}).
 */
record NameSpan(int first, int end, String type) {

    boolean overlaps(int from, int to) {
        return first < to && from < end;
    }

    boolean isPerson() {
        return NerCorpus.PERSON.equals(type);
    }
}
