package io.github.jixiao.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is: its stable code, default severity, basis (the regulation or source it comes from), evidence tag and
 * tags for selection. The title is a message key ({@code <code>.title}) rendered late in the caller's locale.
 *
 * <p>Codes are public contracts: {@code DW-F-01} means the same check in every release.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the stable code, such as {@code DW-F-01}: letters, digits and hyphens, not blank
 * @param severity the default severity, not null
 * @param basis the source text the rule rests on, such as {@code 财预〔2013〕53号; seed arithmetic §4.1}, not null
 * @param evidence the evidence tag of the basis, not null
 * @param tags selection tags such as {@code funds} or {@code department}, not null, copied
 * @param bundle the base name of the resource bundle holding this rule's messages, or null for jixiao's own
 *     ({@code io.github.jixiao.rules.messages})
 */
public record RuleInfo(String code, Severity severity, String basis, Evidence evidence, Set<String> tags,
    @Nullable String bundle) {
  /**
   * Creates rule metadata.
   *
   * @param code not null
   * @param severity not null
   * @param basis not null
   * @param evidence not null
   * @param tags not null, copied
   * @param bundle may be null
   */
  public RuleInfo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(evidence, "evidence");
    if (!isCode(code)) {
      throw new IllegalArgumentException("code (" + code + ") must be letters and digits joined by hyphens");
    }
    tags = Set.copyOf(tags);
  }

  /**
   * Obtains rule metadata whose messages are in jixiao's bundle or, for a user rule without a bundle, shown as keys.
   *
   * @param code the stable code, not null
   * @param severity the default severity, not null
   * @param basis the source, not null
   * @param evidence the evidence tag, not null
   * @param tags the selection tags, not null
   * @return the metadata, never null
   */
  public static RuleInfo of(String code, Severity severity, String basis, Evidence evidence, String... tags) {
    return new RuleInfo(code, severity, basis, evidence, Set.of(tags), null);
  }

  /**
   * Returns a copy whose messages are looked up in the given resource bundle (keys {@code <code>.title},
   * {@code <code>.fail} and any the rule names).
   *
   * @param baseName the bundle base name, not null
   * @return the copy, never null
   */
  public RuleInfo withBundle(String baseName) {
    return new RuleInfo(code, severity, basis, evidence, tags, Objects.requireNonNull(baseName, "baseName"));
  }

  /**
   * Returns the message key of the title, {@code <code>.title}.
   *
   * @return the key, never null
   */
  public String titleKey() {
    return code + ".title";
  }

  /**
   * Renders the title in the given locale.
   *
   * @param locale the locale, not null; the default locale is never consulted
   * @return the title, or the key if no bundle defines it, never null
   */
  public String title(Locale locale) {
    return Messages.render(bundle, titleKey(), new Object[0], locale);
  }

  /**
   * Returns the code, the evidence tag and the severity, such as {@code DW-F-01 [I] ERROR}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return code + " " + evidence.tag() + " " + severity;
  }

  /**
   * True for letters and digits joined by single hyphens, starting with a letter (ASCII): what the pattern
   * {@code [A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*} matches.
   */
  static boolean isCode(String code) {
    int n = code.length();
    if (n == 0 || !isLetter(code.charAt(0)) || code.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = code.charAt(i);
      if (c == '-' ? code.charAt(i - 1) == '-' : !(isLetter(c) || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
