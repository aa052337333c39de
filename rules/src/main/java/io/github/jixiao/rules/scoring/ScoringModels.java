package io.github.jixiao.rules.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The front door to scoring models: the built-in national model and every model on the class path or module path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoringModels {
  private static final ScoringModel NATIONAL = new NationalScoringModel();

  private ScoringModels() {}

  /**
   * Returns the national model of 财预〔2020〕10号 (id {@code national-2020}).
   *
   * @return the model, never null
   */
  public static ScoringModel national() {
    return NATIONAL;
  }

  /**
   * Returns every available model: the built-in ones and those found by {@link ServiceLoader} with this class's
   * class loader, sorted by id. A provider that cannot be loaded is reported as an exception, not skipped.
   *
   * @return the models, unmodifiable, never null
   * @throws java.util.ServiceConfigurationError if a declared provider cannot be loaded
   */
  public static List<ScoringModel> available() {
    List<ScoringModel> models = new ArrayList<>();
    for (ScoringModel model : ServiceLoader.load(ScoringModel.class, ScoringModels.class.getClassLoader())) {
      if (models.stream().noneMatch(m -> m.id().equals(model.id()))) {
        models.add(model);
      }
    }
    if (models.stream().noneMatch(m -> m.id().equals(NATIONAL.id()))) {
      models.add(NATIONAL);
    }
    models.sort(Comparator.comparing(ScoringModel::id));
    return List.copyOf(models);
  }

  /**
   * Returns the model with the given id.
   *
   * @param id the id, such as {@code national-2020}, not null
   * @return the model, never null
   * @throws IllegalArgumentException if no model has that id; the message lists the ids available
   */
  public static ScoringModel byId(String id) {
    Objects.requireNonNull(id, "id");
    if (id.equals(NATIONAL.id())) {
      return NATIONAL;
    }
    List<ScoringModel> models = available();
    return models.stream().filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scoring model has id '" + id + "'; available: "
            + models.stream().map(ScoringModel::id).collect(Collectors.joining(", "))));
  }
}
