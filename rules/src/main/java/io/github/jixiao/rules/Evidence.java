package io.github.jixiao.rules;

/**
 * The strength of the source a rule rests on, as tagged in the domain specification (§0). A weaker tag is never
 * promoted to a stronger one.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Evidence {
  /** [V] Verified: the wording was read in a public copy of the source. */
  VERIFIED("[V]"),
  /** [R] Recalled from the primary national text; to be confirmed against the official text. */
  RECALLED("[R]"),
  /** [P] Practice: seen in a deployed fiscal performance system; shows practice, is not itself a rule. */
  PRACTICE("[P]"),
  /** [I] Inferred from the sample form's numbers or by reasoning; not a published rule. */
  INFERRED("[I]");

  private final String tag;

  Evidence(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the tag as the specification prints it, such as {@code [I]}.
   *
   * @return the tag, never null
   */
  public String tag() {
    return tag;
  }
}
