package io.github.jixiao.rules;

/** Base of the catalogue's rules: metadata held once, {@code toString} for diagnostics. */
abstract class CatalogueRule<F> implements Rule<F> {
  private final RuleInfo info;

  CatalogueRule(RuleInfo info) {
    this.info = info;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
