package id.warta.plugin;

/**
 * One way to read the start of a word as a prefix: {@code prefix} names the morpheme (its base form:
 * "me" for meN-, "pe" for peN- and per-, "be" for ber-, "te" for ter-), {@code rest} is what is
 * left, with an assimilated consonant restored ("memukul" reads as me + "pukul").
 */
record PrefixReading(String prefix, String rest) {}
