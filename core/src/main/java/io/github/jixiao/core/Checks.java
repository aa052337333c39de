package io.github.jixiao.core;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records of this package. */
final class Checks {
  private Checks() {}

  /**
   * Returns an unmodifiable copy of a list, refusing a null list or a null element with a
   * {@link NullPointerException} whose message names the parameter ({@code mainTasks}) or the element
   * ({@code mainTasks[2]}).
   *
   * @param list the list, not null, without null elements
   * @param name the parameter name
   * @param <T> the element type
   * @return the copy, never null
   */
  static <T> List<T> copyOf(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    Object[] items = list.toArray();
    for (int i = 0; i < items.length; i++) {
      if (items[i] == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
    }
    @SuppressWarnings("unchecked")
    List<T> copy = (List<T>) List.of(items);
    return copy;
  }
}
