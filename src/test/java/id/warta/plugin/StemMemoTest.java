package id.warta.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StemMemoTest {

  @Test
  @DisplayName("should compute a stem once and then answer from memory")
  void memoises() {
    StemMemo memo = new StemMemo(10);
    AtomicInteger calls = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertThat(memo.stem("menulis", w -> calls.incrementAndGet() > 0 ? "tulis" : w))
          .isEqualTo("tulis");
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  @DisplayName("should hold at most two generations of words")
  void bounded() {
    StemMemo memo = new StemMemo(100);
    for (int i = 0; i < 10_000; i++) {
      memo.stem("word" + i, w -> w);
    }
    assertThat(memo.size()).isLessThanOrEqualTo(200);
  }

  @Test
  @DisplayName("should keep words in recent use across a generation change")
  void keepsRecentWords() {
    StemMemo memo = new StemMemo(100);
    AtomicInteger calls = new AtomicInteger();
    for (int i = 0; i < 1_000; i++) {
      memo.stem("hot", w -> "computed" + calls.incrementAndGet());
      memo.stem("cold" + i, w -> w);
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void rejectsNonPositiveCapacity() {
    assertThatThrownBy(() -> new StemMemo(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
