package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedNumberTest {
  /** The patterns the scan replaces: the amount's, and the percentage's with its {@code %} captured. */
  private static final Pattern AMOUNT =
      Pattern.compile("([+-])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?\\s*(元|千元|万元|亿元)?");
  private static final Pattern PERCENT = Pattern.compile("([+-])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?\\s*(%)?");
  private static final String[] UNITS = {"元", "千元", "万元", "亿元"};

  @ParameterizedTest(name = "\"{0}\" → {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "422.69|422.69|null",
      "11.6万元|11.6|万元",
      "'- 1,172.55 元'|-1172.55|元",
      "+5|5|null",
      "12.|12|null",
      "1,234,567.0|1234567.0|null",
      "007|007|null",
  })
  void match_readsSignDigitsDecimalsAndSuffix(String text, String number, String suffix) {
    PrintedNumber m = PrintedNumber.match(text, UNITS);
    assertThat(m).isNotNull();
    assertThat(m.number()).isEqualTo(number);
    assertThat(m.suffix()).isEqualTo(suffix);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {"''", "' '", ".5", "1,23", "1234,567", "1,2345", "1,234,", "1e5", "5万", "元5",
      "5元元", "--5", "１２", "5.5.5"})
  void match_refusesWhatIsNoPrintedAmount(String text) {
    assertThat(PrintedNumber.match(text, UNITS)).isNull();
  }

  private static final String[] PALETTE = {"0", "1", "2", "3", "9", "12", "345", "1,234", ",", ",12", ",123", ".", "+",
      "-", " ", "  ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u3000", "元", "千元", "万元", "亿元", "万", "%", "%%",
      "a", "e", "１", "٣"};

  private static String randomText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(9);
    for (int i = 0; i < n; i++) {
      sb.append(r.nextInt(12) == 0 ? String.valueOf((char) r.nextInt(0x10000)) : PALETTE[r.nextInt(PALETTE.length)]);
    }
    return sb.toString();
  }

  /** What the amount and percentage parsers read from a match of their pattern. */
  private static String numberOf(Matcher m) {
    String digits = m.group(2).replace(",", "");
    String fraction = m.group(3);
    String number = (fraction == null || fraction.isEmpty()) ? digits : digits + "." + fraction;
    return "-".equals(m.group(1)) ? "-" + number : number;
  }

  private static void assertSameAsPattern(String s, Pattern pattern, String... suffixes) {
    Matcher m = pattern.matcher(s);
    PrintedNumber read = PrintedNumber.match(s, suffixes);
    if (!m.matches()) {
      assertThat(read).isNull();
      return;
    }
    assertThat(read).isNotNull();
    assertThat(read.number()).isEqualTo(numberOf(m));
    assertThat(read.suffix()).isEqualTo(m.group(4));
  }

  @Test
  void property_match_isTheAmountPattern() {
    Property.forAll("PrintedNumber = amount pattern", 81L, 50_000, PrintedNumberTest::randomText,
        s -> assertSameAsPattern(s, AMOUNT, UNITS));
  }

  @Test
  void property_match_isThePercentagePattern() {
    Property.forAll("PrintedNumber = percentage pattern", 82L, 50_000, PrintedNumberTest::randomText,
        s -> assertSameAsPattern(s, PERCENT, "%"));
  }

  @Test
  void property_match_ofPrintedNumbers_isThePatterns() {
    // Mostly well-formed numbers, so that matches are frequent and their groups compared.
    Property.forAll("PrintedNumber = patterns on numbers", 83L, 50_000, r -> {
      StringBuilder sb = new StringBuilder();
      if (r.nextInt(3) == 0) {
        sb.append(r.nextBoolean() ? "-" : "+").append(r.nextBoolean() ? " " : "");
      }
      sb.append(r.nextInt(r.nextBoolean() ? 1000 : 100_000));
      for (int g = r.nextInt(3); g > 0; g--) {
        sb.append(',').append(String.format(java.util.Locale.ROOT, "%0" + (2 + r.nextInt(3)) + "d", r.nextInt(1000)));
      }
      if (r.nextBoolean()) {
        sb.append('.').append(r.nextInt(3) == 0 ? "" : String.valueOf(r.nextInt(10_000)));
      }
      sb.append(r.nextBoolean() ? "" : " ");
      if (r.nextBoolean()) {
        sb.append(r.nextBoolean() ? UNITS[r.nextInt(UNITS.length)] : "%");
      }
      return sb.toString();
    }, s -> {
      assertSameAsPattern(s, AMOUNT, UNITS);
      assertSameAsPattern(s, PERCENT, "%");
    });
  }
}
