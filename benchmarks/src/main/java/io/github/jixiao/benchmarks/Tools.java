package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import jakarta.validation.Validator;
import java.util.function.Function;

/** The four implementations under test, built on demand so that each JMH fork builds only its own. */
final class Tools {
  private Tools() {}

  static Function<DepartmentSelfEvaluation, Object> build(String tool) {
    switch (tool) {
      case "plain":
        return PlainChecks::check;
      case "hv":
        Validator v = HvChecks.validator();
        return v::validate;
      case "jixiao12":
        return JixiaoChecks.TWELVE::audit;
      case "jixiaoFull":
        return JixiaoChecks.FULL::audit;
      default:
        throw new IllegalArgumentException("unknown tool " + tool);
    }
  }
}
