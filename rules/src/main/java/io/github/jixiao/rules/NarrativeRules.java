package io.github.jixiao.rules;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.core.ProjectSelfEvaluation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The narrative rules of the department form, DW-N-01 and DW-N-02 (domain specification §6.2). */
final class NarrativeRules {
  private NarrativeRules() {}

  /** How a narrative ends. */
  enum Ending {
    COMPLETE, TRUNCATED, AMBIGUOUS
  }

  private static final String SENTENCE_END = "。！？!?…；;.”’」』）)】》\"'";
  private static final String MID_SENTENCE = "，,、：:（(“‘《「『【";

  static Ending ending(String text) {
    int end = text.length();
    while (true) {
      while (end > 0 && TextMatch.isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end > 0 && text.charAt(end - 1) == '>') {
        int open = text.lastIndexOf('<', end - 1);
        if (open >= 0 && end - open <= 12) {
          end = open;
          continue;
        }
      }
      break;
    }
    if (end == 0) {
      return Ending.AMBIGUOUS;
    }
    char c = text.charAt(end - 1);
    if (SENTENCE_END.indexOf(c) >= 0) {
      return Ending.COMPLETE;
    }
    if (MID_SENTENCE.indexOf(c) >= 0 || Chars.isLetter(c)) {
      return Ending.TRUNCATED;
    }
    return Ending.AMBIGUOUS;
  }

  /** DW-N-01: narratives are not repeated verbatim across blocks, and not truncated mid-sentence. */
  static final class NarrativesDistinctAndComplete extends CatalogueRule<DepartmentSelfEvaluation> {
    NarrativesDistinctAndComplete() {
      super(RuleInfo.of("DW-N-01", Severity.INFO,
          "Domain spec §6.2, anomaly A6: the sample repeats one paragraph in three blocks and truncates one copy; "
              + "passage length in the profile [I]",
          Evidence.INFERRED, "department", "narrative"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<ProjectSelfEvaluation> projects = form.keyProjects();
      int n = projects.size() + 2;
      String[] texts = new String[n];
      FindingPath[] paths = new FindingPath[n];
      int k = 0;
      k = add(texts, paths, k, form.annualGoals().goalCompletionNarrative(), Paths.GOAL_COMPLETION_NARRATIVE);
      for (int i = 0; i < projects.size(); i++) {
        k = add(texts, paths, k, projects.get(i).achievements(),
            Paths.KEY_PROJECTS.index(i).property("achievements"));
      }
      k = add(texts, paths, k, form.overallPerformanceNarrative(), Paths.OVERALL_PERFORMANCE_NARRATIVE);
      if (k == 0) {
        ctx.notApplicable(Paths.OVERALL_PERFORMANCE_NARRATIVE, Reason.MISSING_FIGURE);
        return;
      }
      int length = ctx.profile().repeatedPassageLength();
      for (int i = 0; i < k; i++) {
        int repeats = -1;
        for (int j = 0; j < i && repeats < 0; j++) {
          if (TextMatch.sharesPassage(texts[i], texts[j], length)) {
            repeats = j;
          }
        }
        Ending ending = ending(texts[i]);
        if (repeats >= 0 || ending == Ending.TRUNCATED) {
          ExcerptEnd excerpt = new ExcerptEnd(texts[i]);
          FindingDetails d = ctx.fail(paths[i]).reported(excerpt)
              .input("repeats", repeats >= 0 ? paths[repeats] : null).input("ending", ending);
          if (repeats >= 0 && ending == Ending.TRUNCATED) {
            d.message("DW-N-01.repeatedAndTruncated", paths[repeats], excerpt);
          } else if (repeats >= 0) {
            d.message("DW-N-01.repeated", paths[repeats], length);
          } else {
            d.message("DW-N-01.truncated", excerpt);
          }
        } else if (ending == Ending.AMBIGUOUS) {
          ctx.indeterminate(paths[i], Reason.AMBIGUOUS).reported(new ExcerptEnd(texts[i]));
        } else {
          ctx.pass(paths[i]);
        }
      }
    }

    private static int add(String[] texts, FindingPath[] paths, int k, @Nullable String text, FindingPath path) {
      if (text == null || Chars.isBlank(text)) {
        return k;
      }
      texts[k] = text;
      paths[k] = path;
      return k + 1;
    }

    /** The last 12 characters of a narrative, after an ellipsis when cut, taken when the finding is read. */
    private static final class ExcerptEnd extends FindingDetails.Deferred {
      private final String text;

      ExcerptEnd(String text) {
        this.text = text;
      }

      @Override
      Object compute() {
        String t = Chars.strip(text);
        return t.length() <= 12 ? t : "…" + t.substring(t.length() - 12);
      }
    }
  }

  /** DW-N-02 [I]: as many improvement measures as problems (1:1 pairing). */
  static final class ProblemsPaired extends CatalogueRule<DepartmentSelfEvaluation> {
    ProblemsPaired() {
      super(RuleInfo.of("DW-N-02", Severity.INFO,
          "Domain spec §6.2: each problem (存在问题) is answered by one measure (改进措施) [I]",
          Evidence.INFERRED, "department", "narrative"));
    }

    @Override
    public void check(DepartmentSelfEvaluation form, AuditContext ctx) {
      List<String> problems = form.problems();
      List<String> measures = form.improvementMeasures();
      FindingPath at = Paths.IMPROVEMENT_MEASURES;
      if (problems.isEmpty() && measures.isEmpty()) {
        ctx.notApplicable(at, Reason.MISSING_FIGURE);
        return;
      }
      if (hasBlank(problems) || hasBlank(measures)) {
        ctx.indeterminate(at, Reason.UNPARSEABLE_VALUE).reported(measures.size())
            .input(Paths.PROBLEMS, problems.size());
        return;
      }
      if (problems.size() == measures.size()) {
        ctx.pass(at);
      } else {
        ctx.fail(at).reported(measures.size()).expected(problems.size())
            .input(Paths.PROBLEMS, problems.size())
            .message("DW-N-02.fail", problems.size(), measures.size());
      }
    }

    private static boolean hasBlank(List<String> items) {
      for (String s : items) {
        if (Chars.isBlank(s)) {
          return true;
        }
      }
      return false;
    }
  }

  static List<Rule<DepartmentSelfEvaluation>> all() {
    return List.of(new NarrativesDistinctAndComplete(), new ProblemsPaired());
  }
}
