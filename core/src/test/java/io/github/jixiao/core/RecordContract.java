package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Mechanical checks of the conventions every record of the model follows (see {@code package-info}): the
 * equals/hashCode contract over every component, null-hostility with the parameter named in the message,
 * {@code @Nullable} components accepting null, defensive and unmodifiable lists, and the generated
 * {@code XxxBuilder} (required attributes, {@code from}) and {@code with…} methods.
 *
 * <p>Each check is driven by two instances: {@code sample} and {@code other}, which must differ in every component.
 *
 * @param <R> the record type
 */
final class RecordContract<R extends Record> {
  private final Class<R> type;
  private final R sample;
  private final R other;
  private final RecordComponent[] components;
  private final Constructor<R> canonical;

  private RecordContract(Class<R> type, R sample, R other) {
    this.type = type;
    this.sample = sample;
    this.other = other;
    this.components = type.getRecordComponents();
    Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      this.canonical = type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    for (RecordComponent c : components) {
      assertThat(get(other, c)).as("the two instances must differ in %s", c.getName()).isNotEqualTo(get(sample, c));
    }
  }

  /**
   * Creates the checks for a record type.
   *
   * @param type the record type
   * @param sample an instance, with every nullable component set
   * @param other an instance differing from {@code sample} in every component
   * @param <R> the record type
   * @return the checks
   */
  static <R extends Record> RecordContract<R> of(Class<R> type, R sample, R other) {
    return new RecordContract<>(type, sample, other);
  }

  //-----------------------------------------------------------------------
  /** Equal components give equal records (three instances, for transitivity); a change in any component does not. */
  void assertEqualsAndHashCode() {
    EqualsTester tester = new EqualsTester()
        .addEqualityGroup(sample, construct(values(sample)), construct(values(sample)))
        .addEqualityGroup(other, construct(values(other)), construct(values(other)));
    for (int i = 0; i < components.length; i++) {
      Object[] changed = values(sample);
      changed[i] = get(other, components[i]);
      tester.addEqualityGroup(construct(changed), construct(changed.clone()), construct(changed.clone()));
    }
    tester.testEquals();
  }

  /** A null non-nullable component is refused with a NullPointerException naming it; a nullable one is accepted. */
  void assertNullHostility() {
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      if (c.getType().isPrimitive()) {
        continue;
      }
      Object[] values = values(sample);
      values[i] = null;
      if (isNullable(c)) {
        R built = construct(values);
        assertThat(get(built, c)).as("nullable %s must accept null", c.getName()).isNull();
      } else {
        assertThatThrownBy(() -> construct(values))
            .as("null %s", c.getName())
            .isInstanceOf(NullPointerException.class)
            .hasMessage(c.getName());
      }
    }
  }

  /**
   * List components are copied (changing the source list later has no effect), unmodifiable, and refuse null
   * elements with a message naming the component.
   */
  void assertListsCopiedAndUnmodifiable() {
    boolean any = false;
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      if (c.getType() != List.class) {
        continue;
      }
      any = true;
      List<?> sampleList = (List<?>) get(sample, c);
      List<?> otherList = (List<?>) get(other, c);
      assertThat(sampleList).as("the sample needs elements in %s", c.getName()).isNotEmpty();

      List<Object> source = new ArrayList<>(sampleList);
      Object[] values = values(sample);
      values[i] = source;
      R built = construct(values);
      source.clear();
      source.addAll(otherList);
      assertThat(get(built, c)).as("%s must not change when the source list changes", c.getName())
          .isEqualTo(sampleList);

      List<?> returned = (List<?>) get(built, c);
      Object element = otherList.get(0);
      assertThatThrownBy(() -> addUnchecked(returned, element))
          .as("%s must be unmodifiable", c.getName())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(returned::clear).isInstanceOf(UnsupportedOperationException.class);

      List<Object> withNull = new ArrayList<>(sampleList);
      withNull.add(null);
      Object[] nullElement = values(sample);
      nullElement[i] = withNull;
      assertThatThrownBy(() -> construct(nullElement))
          .as("a null element in %s", c.getName())
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining(c.getName());
    }
    assertThat(any).as("%s has no list component", type.getSimpleName()).isTrue();
  }

  //-----------------------------------------------------------------------
  /**
   * The generated builder: {@code from(x).build()} equals {@code x}; a builder with nothing set refuses to build and
   * names every required attribute (or, when every component is optional, builds the empty record); setters of
   * required attributes refuse null naming the attribute.
   */
  void assertBuilder() {
    assertThat(builderFrom(sample)).isEqualTo(sample);
    assertThat(builderFrom(other)).isEqualTo(other);

    List<String> required = new ArrayList<>();
    for (RecordComponent c : components) {
      if (c.getType().isPrimitive() || (!isNullable(c) && c.getType() != List.class)) {
        required.add(c.getName());
      }
    }
    Object emptyBuilder = newBuilder();
    if (required.isEmpty()) {
      Object[] empty = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        empty[i] = components[i].getType() == List.class ? List.of() : null;
      }
      assertThat(invoke(emptyBuilder, "build")).isEqualTo(construct(empty));
    } else {
      assertThatThrownBy(() -> invoke(emptyBuilder, "build"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(type.getSimpleName())
          .hasMessageContaining(required.toString());
    }

    for (RecordComponent c : components) {
      if (c.getType().isPrimitive() || isNullable(c)) {
        continue;
      }
      Class<?> parameter = c.getType() == List.class ? Iterable.class : c.getType();
      Method setter = method(newBuilder().getClass(), c.getName(), parameter);
      Object builder = newBuilder();
      assertThatThrownBy(() -> invokeMethod(setter, builder, (Object) null))
          .as("builder setter %s(null)", c.getName())
          .isInstanceOf(NullPointerException.class);
      if (c.getType() != List.class) {
        assertThatThrownBy(() -> invokeMethod(setter, newBuilder(), (Object) null)).hasMessage(c.getName());
      }
    }
  }

  /**
   * Each {@code withX} method returns a record equal to the sample with only X replaced, and leaves the sample as it
   * was; a {@code withX} of a non-nullable component refuses null.
   */
  void assertWithers() {
    Object[] before = values(sample);
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Class<?> parameter = c.getType() == List.class ? Iterable.class : c.getType();
      Method wither = method(type, "with" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1),
          parameter);
      Object[] expected = values(sample);
      expected[i] = get(other, c);
      assertThat(invokeMethod(wither, sample, get(other, c)))
          .as("%s(%s)", wither.getName(), get(other, c))
          .isEqualTo(construct(expected));
      assertThat(invokeMethod(wither, sample, get(sample, c))).isEqualTo(sample);
      if (!c.getType().isPrimitive() && !isNullable(c)) {
        assertThatThrownBy(() -> invokeMethod(wither, sample, (Object) null))
            .as("%s(null)", wither.getName())
            .isInstanceOf(NullPointerException.class);
      }
    }
    assertThat(values(sample)).as("the withers must not change the sample").containsExactly(before);
  }

  /** Runs every check. */
  void assertAll() {
    assertEqualsAndHashCode();
    assertNullHostility();
    if (Arrays.stream(components).anyMatch(c -> c.getType() == List.class)) {
      assertListsCopiedAndUnmodifiable();
    }
    assertBuilder();
    assertWithers();
  }

  //-----------------------------------------------------------------------
  static boolean isNullable(RecordComponent c) {
    return c.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  private Object[] values(R record) {
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object v = get(record, components[i]);
      values[i] = v instanceof List<?> list ? new ArrayList<>(list) : v;
    }
    return values;
  }

  private static @Nullable Object get(Record record, RecordComponent c) {
    return invokeMethod(c.getAccessor(), record);
  }

  private R construct(Object... values) {
    try {
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private Object newBuilder() {
    try {
      return Class.forName(type.getName() + "Builder").getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no public no-argument " + type.getSimpleName() + "Builder", e);
    }
  }

  private Object builderFrom(R record) {
    Object builder = newBuilder();
    invokeMethod(method(builder.getClass(), "from", type), builder, record);
    return invoke(builder, "build");
  }

  private static Object invoke(Object target, String name) {
    return invokeMethod(method(target.getClass(), name), target);
  }

  private static Method method(Class<?> owner, String name, Class<?>... parameters) {
    try {
      return owner.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(owner.getSimpleName() + " has no public " + name + Arrays.toString(parameters), e);
    }
  }

  private static @Nullable Object invokeMethod(Method m, Object target, @Nullable Object... args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void addUnchecked(List<?> list, Object element) {
    ((List<Object>) list).add(element);
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }

  @Override
  public String toString() {
    return "RecordContract[" + type.getSimpleName() + "]";
  }
}
