package io.github.jixiao.rules.scoring;

/**
 * Where the weight of a score item comes from.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WeightSource {
  /** The form prints it (分值 / 权重). */
  PRINTED,
  /** The profile's default, such as 执行率 10 (national 2020 [R]/[V]). */
  PROFILE_DEFAULT,
  /** The profile's category weight split equally among the rows of the category, the form printing none [I]. */
  EQUAL_SPLIT,
  /** No weight could be determined: some rows print one and this one does not. */
  UNDETERMINED
}
