package id.warta.extract;

/** A word or punctuation mark of a text, with its character offsets: {@code text.substring(start, end)}. */
record Token(int start, int end, String text) {
}
