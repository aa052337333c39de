package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormLimitsTest {
  /** Every record of the form model. */
  private static final List<Class<? extends Record>> FORM_RECORDS = List.of(AnnualGoals.class, CategoryWeight.class,
      DepartmentFunds.class, DepartmentSelfEvaluation.class, FundRow.class, Goal.class, KeyIndicator.class,
      MainTask.class, PerformanceIndicator.class, ProjectFunds.class, ProjectSelfEvaluation.class,
      SourceIrregularity.class);

  //----- the limits -----
  @Test
  void limits_haveTheDocumentedValues() {
    assertThat(FormLimits.MAX_NAME_LENGTH).isEqualTo(500);
    assertThat(FormLimits.MAX_TEXT_LENGTH).isEqualTo(20_000);
    assertThat(FormLimits.MAX_ITEMS).isEqualTo(1_000);
    assertThat(FormLimits.MIN_YEAR).isEqualTo(1990);
    assertThat(FormLimits.MAX_YEAR).isEqualTo(2100);
  }

  @Test
  void limits_areConsistent() {
    assertThat(FormLimits.MAX_NAME_LENGTH).isLessThan(FormLimits.MAX_TEXT_LENGTH);
    assertThat(FormLimits.MIN_YEAR).isLessThan(FormLimits.MAX_YEAR);
    assertThat(FormLimits.MAX_TEXT_LENGTH).isLessThanOrEqualTo(ValueFormatException.MAX_TEXT * 1_000);
  }

  @Test
  void formLimits_cannotBeInstantiated() {
    Constructor<?>[] constructors = FormLimits.class.getDeclaredConstructors();
    assertThat(constructors).hasSize(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
    assertThat(Modifier.isFinal(FormLimits.class.getModifiers())).isTrue();
  }

  //----- every component of the model is bounded or constrained -----
  @Test
  void everyTextOfTheModel_isBoundedByANameOrTextLimit() throws NoSuchFieldException {
    int checked = 0;
    for (Class<? extends Record> type : FORM_RECORDS) {
      for (RecordComponent c : type.getRecordComponents()) {
        Field field = type.getDeclaredField(c.getName());
        if (c.getType() == String.class) {
          Size size = field.getAnnotation(Size.class);
          assertThat(size).as("%s.%s must carry @Size", type.getSimpleName(), c.getName()).isNotNull();
          assertThat(size.max()).as("%s.%s", type.getSimpleName(), c.getName())
              .isIn(FormLimits.MAX_NAME_LENGTH, FormLimits.MAX_TEXT_LENGTH);
          checked++;
        } else if (c.getType() == IndicatorValue.class) {
          assertThat(field.getAnnotation(PrintedLength.class)).as("%s.%s must carry @PrintedLength",
              type.getSimpleName(), c.getName()).isNotNull();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void everyListOfTheModel_isBoundedByMaxItems_andItsElementsAreValidatedOrBounded() throws NoSuchFieldException {
    int checked = 0;
    for (Class<? extends Record> type : FORM_RECORDS) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getType() != List.class) {
          continue;
        }
        String where = type.getSimpleName() + "." + c.getName();
        Field field = type.getDeclaredField(c.getName());
        Size size = field.getAnnotation(Size.class);
        assertThat(size).as("%s must carry @Size", where).isNotNull();
        assertThat(size.max()).as(where).isEqualTo(FormLimits.MAX_ITEMS);
        AnnotatedType element = ((AnnotatedParameterizedType) field.getAnnotatedType())
            .getAnnotatedActualTypeArguments()[0];
        if (element.getType() == String.class) {
          assertThat(element.getAnnotation(Size.class)).as("elements of %s must carry @Size", where).isNotNull();
          assertThat(element.getAnnotation(Size.class).max()).isEqualTo(FormLimits.MAX_TEXT_LENGTH);
        } else {
          assertThat(element.getAnnotation(Valid.class)).as("elements of %s must be @Valid", where).isNotNull();
        }
        checked++;
      }
    }
    assertThat(checked).as("7 lists of the department form, 5 of the project form, goals, key indicators").isEqualTo(14);
  }

  @Test
  void everyNestedRecordFigureAndYear_carriesItsConstraint() throws NoSuchFieldException {
    for (Class<? extends Record> type : FORM_RECORDS) {
      for (RecordComponent c : type.getRecordComponents()) {
        String where = type.getSimpleName() + "." + c.getName();
        Field field = type.getDeclaredField(c.getName());
        Class<?> t = c.getType();
        if (t.isRecord()) {
          assertThat(field.getAnnotation(Valid.class)).as("%s must be @Valid", where).isNotNull();
        } else if (t == Amount.class || t == Percentage.class) {
          assertThat(field.getAnnotation(NonNegative.class)).as("%s must be @NonNegative", where).isNotNull();
        } else if (t == BigDecimal.class) {
          assertThat(field.getAnnotation(PositiveOrZero.class)).as("%s must be @PositiveOrZero", where).isNotNull();
        } else if (t == Year.class) {
          assertThat(field.getAnnotation(PlausibleYear.class)).as("%s must be @PlausibleYear", where).isNotNull();
        }
      }
    }
  }
}
