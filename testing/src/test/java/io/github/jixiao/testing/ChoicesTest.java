package io.github.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ChoicesTest {
  /** Draws one of each kind of value, in a fixed order. */
  private static List<Object> draws(RandomGenerator r) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(r.nextInt());
      out.add(r.nextInt(7));
      out.add(r.nextInt(-3, 1_000_003));
      out.add(r.nextLong());
      out.add(r.nextLong(1L << 40));
      out.add(r.nextLong(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2 + 12345));
      out.add(r.nextBoolean());
      out.add(r.nextDouble());
      out.add(r.nextFloat());
      out.add(r.nextDouble(2.5, 9.75));
      out.add(r.nextDouble(7.0));
      out.add(r.nextFloat(1.5f));
      out.add(r.nextFloat(-2f, 3f));
    }
    return out;
  }

  @Test
  void recording_givesExactlyWhatTheSourceGives() {
    for (long seed = 0; seed < 200; seed++) {
      assertThat(draws(Choices.recording(new SplittableRandom(seed)))).as("seed %d", seed)
          .isEqualTo(draws(new SplittableRandom(seed)));
    }
  }

  @Test
  void replaying_theRecordedChoices_givesTheSameValues_andRecordsTheSameChoices() {
    for (long seed = 0; seed < 200; seed++) {
      Choices recording = Choices.recording(new SplittableRandom(seed));
      List<Object> first = draws(recording);
      Choices replay = Choices.replaying(recording.drawn(), 10_000);
      assertThat(draws(replay)).isEqualTo(first);
      assertThat(replay.drawn()).isEqualTo(recording.drawn());
      assertThat(replay.count()).isEqualTo(recording.count()).isEqualTo(260);
    }
  }

  @Test
  void drawn_storesTheOffsetFromTheOriginOfTheRange() {
    Choices replay = Choices.replaying(new long[] {2, 0, 1}, 100);
    assertThat(replay.nextInt(5, 10)).isEqualTo(7);
    assertThat(replay.nextLong(-4, 4)).isEqualTo(-4);
    assertThat(replay.nextBoolean()).isTrue();
    assertThat(replay.drawn()).containsExactly(2, 0, 1);
  }

  @Test
  void replaying_reducesAChoiceIntoTheRangeAskedFor() {
    Choices replay = Choices.replaying(new long[] {10, -1, 3}, 100);
    assertThat(replay.nextInt(3)).isEqualTo(1);
    assertThat(replay.nextInt(0, 10)).isEqualTo((int) Long.remainderUnsigned(-1, 10));
    assertThat(replay.nextBoolean()).isTrue();
    assertThat(replay.drawn()).containsExactly(1, Long.remainderUnsigned(-1, 10), 1);
  }

  @Test
  void replaying_beyondTheRecording_givesTheSmallestValues() {
    Choices replay = Choices.replaying(new long[0], 100);
    assertThat(replay.nextInt(3, 9)).isEqualTo(3);
    assertThat(replay.nextLong(100, 200)).isEqualTo(100);
    assertThat(replay.nextBoolean()).isFalse();
    assertThat(replay.nextDouble()).isZero();
    assertThat(replay.nextFloat()).isZero();
    assertThat(replay.nextLong()).isZero();
    assertThat(replay.nextInt()).isZero();
  }

  @Test
  void replaying_moreChoicesThanTheLimit_isAbandoned() {
    Choices replay = Choices.replaying(new long[] {1, 2}, 3);
    replay.nextInt(5);
    replay.nextInt(5);
    replay.nextInt(5);
    assertThatThrownBy(() -> replay.nextInt(5)).isInstanceOf(Choices.Overrun.class)
        .hasMessageContaining("3 choices");
  }

  @Test
  void boundedDraws_refuseEmptyRanges_likeTheInterface() {
    Choices r = Choices.recording(new SplittableRandom(1));
    assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.nextInt(5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.nextLong(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.nextLong(9, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(r.count()).isZero();
  }

  @Test
  void replayedValues_stayInTheirRanges_forAnyChoices() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long[] choices = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()};
      Choices replay = Choices.replaying(choices, 10);
      assertThat(replay.nextInt(-5, 17)).isBetween(-5, 16);
      assertThat(replay.nextLong(Long.MIN_VALUE, Long.MAX_VALUE)).isNotNull();
      assertThat(replay.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
      assertThat(replay.nextFloat()).isGreaterThanOrEqualTo(0).isLessThan(1);
    }
  }
}
