package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The score of one project form under one model and profile (评分结果): the total, rounded once, the grade, and
 * the itemised breakdown that explains every point.
 *
 * <p>A card is {@link #complete()} when every applicable item could be scored. An incomplete card's total is the
 * sum of the items that could be, a lower bound of the real score, and says so.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param modelId the id of the model that scored, not null
 * @param profileId the id of the profile applied, not null
 * @param projectName the project's name, not null
 * @param total the total, rounded once to the profile's scale, not null
 * @param rawTotal the total before rounding, not null
 * @param grade the grade of {@code total} under the profile's bands, not null
 * @param complete true when every applicable item was scored
 * @param totalWeight the sum of the weights of the applicable items (normally 100), to at most 10 decimals, not
 *     null
 * @param items the breakdown: the execution rate first, then the indicator rows in the form's order, not null
 */
public record ScoreCard(
    String modelId,
    String profileId,
    String projectName,
    BigDecimal total,
    BigDecimal rawTotal,
    Grade grade,
    boolean complete,
    BigDecimal totalWeight,
    List<ScoreItem> items) {
  /**
   * Creates a card.
   *
   * @param modelId not null
   * @param profileId not null
   * @param projectName not null
   * @param total not null
   * @param rawTotal not null
   * @param grade not null
   * @param complete whether complete
   * @param totalWeight not null
   * @param items not null, copied
   */
  public ScoreCard {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(rawTotal, "rawTotal");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(totalWeight, "totalWeight");
    items = List.copyOf(items);
  }

  /**
   * Returns the item at a path, such as {@code indicators[3]}.
   *
   * @param path the path, not null
   * @return the item
   * @throws IllegalArgumentException if no item has that path
   */
  public ScoreItem item(String path) {
    Objects.requireNonNull(path, "path");
    return items.stream().filter(i -> i.path().equals(path)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no score item at " + path));
  }
}
