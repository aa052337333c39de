package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the {@code equals}/{@code hashCode} contract over groups of objects, in the manner of guava-testlib's
 * {@code EqualsTester}: objects in a group must be equal to each other (reflexive, symmetric, and, with three or more
 * per group, transitive) with equal hash codes; objects of different groups must be unequal both ways; no object equals
 * null or an object of an unrelated class; hash codes are stable across calls.
 */
final class EqualsTester {
  private final List<List<Object>> groups = new ArrayList<>();

  /**
   * Adds a group of objects that must all be equal to each other and unequal to every object of the other groups.
   *
   * @param equalObjects at least one object
   * @return this tester
   */
  EqualsTester addEqualityGroup(Object... equalObjects) {
    assertThat(equalObjects).as("an equality group needs at least one object").isNotEmpty();
    groups.add(List.copyOf(Arrays.asList(equalObjects)));
    return this;
  }

  /** Runs every check; fails on the first broken rule with a message naming the objects. */
  void testEquals() {
    Object unrelated = new Object() {
      @Override
      public String toString() {
        return "an object of an unrelated class";
      }
    };
    for (int g = 0; g < groups.size(); g++) {
      List<Object> group = groups.get(g);
      for (int i = 0; i < group.size(); i++) {
        Object a = group.get(i);
        String where = "group " + g + ", item " + i + " <" + a + ">";
        assertThat(a.equals(a)).as("%s must equal itself", where).isTrue();
        assertThat(a.equals(null)).as("%s must not equal null", where).isFalse();
        assertThat(a.equals(unrelated)).as("%s must not equal %s", where, unrelated).isFalse();
        assertThat(a.hashCode()).as("%s must return a stable hash code", where).isEqualTo(a.hashCode());
        for (int j = 0; j < group.size(); j++) {
          Object b = group.get(j);
          assertThat(a.equals(b)).as("%s must equal item %s <%s> of the same group", where, j, b).isTrue();
          assertThat(a.hashCode()).as("%s and item %s of the same group must have equal hash codes", where, j)
              .isEqualTo(b.hashCode());
        }
        for (int h = 0; h < groups.size(); h++) {
          if (h == g) {
            continue;
          }
          for (Object other : groups.get(h)) {
            assertThat(a.equals(other)).as("%s must not equal <%s> of group %s", where, other, h).isFalse();
          }
        }
      }
    }
  }
}
