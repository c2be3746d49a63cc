package id.warta.plugin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A bounded, thread-safe memo of word to stem, shared by every filter in the JVM.
 *
 * <p>Two generations: lookups read the young one, then the old one (promoting what they find). When
 * the young generation reaches its capacity it becomes the old one and the previous old one is
 * dropped, so at most {@code 2 × capacity} entries are held and the words in recent use survive: a
 * cheap approximation of LRU without locks on the read path. Stems depend only on the word, so a
 * race at worst computes a stem twice.
 */
final class StemMemo {

  private final int capacity;
  private volatile Map<String, String> young;
  private volatile Map<String, String> old = Map.of();

  StemMemo(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.young = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
  }

  /** The memoised stem of {@code word}, computing it with {@code stemmer} when absent. */
  String stem(String word, UnaryOperator<String> stemmer) {
    Map<String, String> current = young;
    String stem = current.get(word);
    if (stem != null) {
      return stem;
    }
    stem = old.get(word);
    if (stem == null) {
      stem = stemmer.apply(word);
    }
    if (current.size() >= capacity) {
      current = rotate(current);
    }
    current.put(word, stem);
    return stem;
  }

  /** Words held now (for tests and diagnostics). */
  int size() {
    return young.size() + old.size();
  }

  private synchronized Map<String, String> rotate(Map<String, String> full) {
    if (young == full) {
      old = full;
      young = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }
    return young;
  }
}
