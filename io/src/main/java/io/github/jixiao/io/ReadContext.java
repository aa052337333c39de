package io.github.jixiao.io;

import io.github.jixiao.core.SourceIrregularity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one read collects besides the form: unmapped content, warnings, irregularities of the source. */
final class ReadContext {
  final ReaderLimits limits;
  final LabelTable labels;
  final List<UnmappedContent> unmapped = new ArrayList<>();
  final List<ReadWarning> warnings = new ArrayList<>();
  private final List<SourceIrregularity> irregularities = new ArrayList<>();
  private final List<long[]> irregularityPositions = new ArrayList<>();
  private int droppedWarnings;

  ReadContext(ReaderLimits limits, LabelTable labels) {
    this.limits = limits;
    this.labels = labels;
  }

  void warn(ReadWarning.Code code, int line, int column, String... args) {
    if (warnings.size() < limits.maxWarnings() - 1) {
      warnings.add(new ReadWarning(code, List.of(args), line, column));
    } else {
      droppedWarnings++;
    }
  }

  void warn(ReadWarning.Code code, Cell at, String... args) {
    warn(code, at.line, at.column, args);
  }

  void unmapped(String text, int line, int column, @Nullable String context) {
    if (Cell.isBlank(text)) {
      return;
    }
    unmapped.add(new UnmappedContent(text, line, column, context));
  }

  void unmapped(Cell cell, @Nullable String context) {
    unmapped(cell.text.strip(), cell.line, cell.column, context);
  }

  /** Records an irregularity seen at a position, once per kind and model location. */
  void irregular(SourceIrregularity.Kind kind, String location, String text, int line, int column) {
    for (SourceIrregularity s : irregularities) {
      if (s.kind() == kind && s.location().equals(location)) {
        return;
      }
    }
    irregularities.add(SourceIrregularity.of(kind, location, text));
    irregularityPositions.add(new long[] {((long) line << 32) | column, irregularityPositions.size()});
  }

  /** The irregularities in order of their position in the source. */
  List<SourceIrregularity> irregularities() {
    List<long[]> order = new ArrayList<>(irregularityPositions);
    order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    List<SourceIrregularity> out = new ArrayList<>(order.size());
    for (long[] o : order) {
      out.add(irregularities.get((int) o[1]));
    }
    return out;
  }

  /** The unmapped content in order of position; entries without a position (0) last, in the order found. */
  List<UnmappedContent> finishUnmapped() {
    List<UnmappedContent> out = new ArrayList<>(unmapped);
    out.sort((a, b) -> {
      long pa = a.line() == 0 ? Long.MAX_VALUE : ((long) a.line() << 32) | a.column();
      long pb = b.line() == 0 ? Long.MAX_VALUE : ((long) b.line() << 32) | b.column();
      return Long.compare(pa, pb);
    });
    return out;
  }

  List<ReadWarning> finishWarnings() {
    List<ReadWarning> out = new ArrayList<>(warnings);
    if (droppedWarnings > 0) {
      out.add(new ReadWarning(ReadWarning.Code.TOO_MANY_WARNINGS, List.of(String.valueOf(droppedWarnings)), 0, 0));
    }
    return out;
  }
}
