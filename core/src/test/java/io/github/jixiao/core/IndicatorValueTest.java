package io.github.jixiao.core;

import static io.github.jixiao.core.ComparisonOperator.EQ;
import static io.github.jixiao.core.ComparisonOperator.GE;
import static io.github.jixiao.core.ComparisonOperator.GT;
import static io.github.jixiao.core.ComparisonOperator.LE;
import static io.github.jixiao.core.ComparisonOperator.LT;
import static io.github.jixiao.core.ComparisonOperator.QUALITATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorValueTest {

  /** How a value is classified by isQuantitative / isQualitative / isBlank (at most one is true). */
  enum Kind {
    /** isQuantitative: one number with optional operator, unit and qualifier, nothing else. */
    QUANTITATIVE,
    /** isQualitative: prose without a number. */
    QUALITATIVE,
    /** None of the three: prose with numbers, or an operator alone such as 定性. */
    MIXED,
    /** isBlank: nothing but white space or markup. */
    BLANK
  }

  /** One row of the parsing table: the raw text and everything that must be read from it. */
  static final class Case {
    final String raw;
    @Nullable ComparisonOperator operator;
    List<Quantity> quantities = List.of();
    @Nullable LocalDate date;
    @Nullable String text;
    Kind kind = Kind.QUALITATIVE;

    Case(String raw) {
      this.raw = raw;
    }

    Case op(ComparisonOperator op) {
      this.operator = op;
      return this;
    }

    Case q(Quantity... qs) {
      this.quantities = List.of(qs);
      return this;
    }

    Case date(int y, int m, int d) {
      this.date = LocalDate.of(y, m, d);
      return this;
    }

    Case text(String t) {
      this.text = t;
      return this;
    }

    /** The text is the raw text with full-width punctuation folded, as the parser normalises it. */
    Case foldedText() {
      return text(folded(raw));
    }

    Case kind(Kind k) {
      this.kind = k;
      return this;
    }

    Case quantitative() {
      return kind(Kind.QUANTITATIVE);
    }

    Case qualitative() {
      return kind(Kind.QUALITATIVE);
    }

    Case mixed() {
      return kind(Kind.MIXED);
    }

    Case blank() {
      return kind(Kind.BLANK);
    }
  }

  private static Case v(String raw) {
    return new Case(raw);
  }

  private static Quantity q(String number, @Nullable String unit) {
    return new Quantity(new BigDecimal(number), unit, Qualifier.EXACT);
  }

  private static Quantity more(String number, String unit) {
    return new Quantity(new BigDecimal(number), unit, Qualifier.MORE_THAN);
  }

  private static Quantity less(String number, String unit) {
    return new Quantity(new BigDecimal(number), unit, Qualifier.LESS_THAN);
  }

  private static Quantity about(String number, String unit) {
    return new Quantity(new BigDecimal(number), unit, Qualifier.APPROXIMATELY);
  }

  /** Folds the full-width punctuation of Chinese prose as NFKC does: ，；：（）！？ become , ; : ( ) ! ?. */
  private static String folded(String s) {
    return s.replace('，', ',').replace('；', ';').replace('：', ':').replace('（', '(').replace('）', ')')
        .replace('！', '!').replace('？', '?');
  }

  private static final String PARTY_ACTIVITIES = "开展主题党日活动5次，书记讲党课7次，举办党史专题培训班3次，瞻仰革命遗址4次，参观主题展览3次，"
      + "组织专题宣讲超55次，引导开展“我为群众办实事”实践活动2个，召开专题组织生活会1次，参与宣传教育人员超4000人次。";

  //-----------------------------------------------------------------------
  static Stream<Arguments> sampleKeyProject() {
    // The twelve indicators of 重点项目绩效情况, 年初值 and 完成值 each.
    return Stream.of(
        row("培训种类 年初值", v("2个").q(q("2", "个")).quantitative()),
        row("培训种类 完成值", v("2个").q(q("2", "个")).quantitative()),
        row("举办执委换届大会 年初值", v("1次").q(q("1", "次")).quantitative()),
        row("举办执委换届大会 完成值", v("1次").q(q("1", "次")).quantitative()),
        row("保密室信息化建设 年初值", v("1项").q(q("1", "项")).quantitative()),
        row("保密室信息化建设 完成值", v("1项").q(q("1", "项")).quantitative()),
        row("如期举行换届执委大会 年初值", v("如期举办").text("如期举办").qualitative()),
        row("如期举行换届执委大会 完成值", v("完成举办").text("完成举办").qualitative()),
        row("保密室信息化建设项目通过验收 年初值", v("通过验收").text("通过验收").qualitative()),
        row("保密室信息化建设项目通过验收 完成值", v("通过验收").text("通过验收").qualitative()),
        row("商会换届 年初值", v("顺利完成换届").text("顺利完成换届").qualitative()),
        row("商会换届 完成值", v("顺利完成换届").text("顺利完成换届").qualitative()),
        row("党建培训学习党组织参与率 年初值", v("95%").q(q("95", "%")).quantitative()),
        row("党建培训学习党组织参与率 完成值", v("95%").q(q("95", "%")).quantitative()),
        row("培训完成率 年初值", v("100%").q(q("100", "%")).quantitative()),
        row("培训完成率 完成值", v("100%").q(q("100", "%")).quantitative()),
        row("支出的及时性 年初值", v("100%").q(q("100", "%")).quantitative()),
        row("支出的及时性 完成值", v("100%").q(q("100", "%")).quantitative()),
        row("增强商会服务能力 年初值", v("加强").text("加强").qualitative()),
        row("增强商会服务能力 完成值", v("进一步加强").text("进一步加强").qualitative()),
        row("加强基层党建建设工作 年初值", v("加强基层非公党建").text("加强基层非公党建").qualitative()),
        row("加强基层党建建设工作 完成值", v("加强基层非公党建").text("加强基层非公党建").qualitative()),
        row("服务对象满意度 年初值", v("95%").q(q("95", "%")).quantitative()),
        row("服务对象满意度 完成值", v("95%").q(q("95", "%")).quantitative()),
        row("项目 执行率", v("执行率100%").q(q("100", "%")).text("执行率100%").mixed()),
        row("项目 年初预算", v("年初预算64.94万元").q(q("64.94", "万元")).text("年初预算64.94万元").mixed()));
  }

  static Stream<Arguments> sampleTaskCompletions() {
    // Every 指标完成情况 cell of the four main tasks.
    return Stream.of(
        row("党组理论学习中心组学习", v("12次").q(q("12", "次")).quantitative()),
        row("党组织活动", v(PARTY_ACTIVITIES)
            .q(q("5", "次"), q("7", "次"), q("3", "次"), q("4", "次"), q("3", "次"), more("55", "次"), q("2", "个"),
                q("1", "次"), more("4000", "人次"))
            .foldedText().mixed()),
        row("理想信念教育宣讲会", v("23次").q(q("23", "次")).quantitative()),
        row("第八次会员代表大会", v("2021年9月13日圆满举办").date(2021, 9, 13).text("2021年9月13日圆满举办").qualitative()),
        row("产生新一届执委会成员", v("规模143名").q(q("143", "名")).text("规模143名").mixed()),
        row("走访、调研企业座谈", v("20家").q(q("20", "家")).quantitative()),
        row("专题宣讲活动", v("2场").q(q("2", "场")).quantitative()),
        row("促进企业交流合作", v("举办深交所服务粤企面对面活动（第五期）暨“天河未来IPO企业面对面”活动，搭建政企沟通平台，搭建企业发展平台，"
            + "搭建法律维权平台，搭建宣传平台").foldedText().qualitative()),
        row("商会规模", v("现有在册商会会员3052个，所属商协会28个").q(q("3052", "个"), q("28", "个")).foldedText().mixed()),
        row("发展团体会员", v("举办了天河区商会与异地商会资源对接座谈会等3场活动").q(q("3", "场"))
            .text("举办了天河区商会与异地商会资源对接座谈会等3场活动").mixed()),
        row("增强商会的造血功能和服务能力", v("获评全国“五好”县级工商联；鼓励和支持3个重点行业、重点领域的社会组织设立")
            .q(q("3", "个")).foldedText().mixed()),
        row("非公企业党组织", v("854家").q(q("854", "家")).quantitative()),
        row("书记培训班", v("12期").q(q("12", "期")).quantitative()),
        row("“两优一先”荣誉表彰", v("65个党组织和党员").q(q("65", "个")).text("65个党组织和党员").mixed()));
  }

  static Stream<Arguments> domainSpellings() {
    // §3.3: operators in every printed form, units, markup, words.
    return Stream.of(
        row("≥ with 个", v("≥50个").op(GE).q(q("50", "个")).quantitative()),
        row("≥ with 百分比", v("≥100百分比").op(GE).q(q("100", "百分比")).quantitative()),
        row("≤ with 万元", v("≤90万元").op(LE).q(q("90", "万元")).quantitative()),
        row("= with spaces", v("= 100 %").op(EQ).q(q("100", "%")).quantitative()),
        row("≤ with spaces", v("≤ 30 万元").op(LE).q(q("30", "万元")).quantitative()),
        row("full-width ＞", v("＞5次").op(GT).q(q("5", "次")).quantitative()),
        row("full-width ＜", v("＜3天").op(LT).q(q("3", "天")).quantitative()),
        row("full-width ＝ and ％", v("＝100％").op(EQ).q(q("100", "%")).quantitative()),
        row("compatibility ≧", v("≧80%").op(GE).q(q("80", "%")).quantitative()),
        row("compatibility ≦", v("≦10万元").op(LE).q(q("10", "万元")).quantitative()),
        row("small ﹦", v("﹦1项").op(EQ).q(q("1", "项")).quantitative()),
        row("ASCII >=", v(">=60%").op(GE).q(q("60", "%")).quantitative()),
        row("ASCII <=", v("<=5天").op(LE).q(q("5", "天")).quantitative()),
        row("ASCII > without unit", v(">3").op(GT).q(q("3", null)).quantitative()),
        row("ASCII < without unit", v("<2").op(LT).q(q("2", null)).quantitative()),
        row("full-width digits", v("１２３个").q(q("123", "个")).quantitative()),
        row("full-width digits and point", v("≥９５．５％").op(GE).q(q("95.5", "%")).quantitative()),
        row("<p> residue", v("<p>95%</p>").q(q("95", "%")).quantitative()),
        row("<p> residue around ≥", v("<p>≥50个</p>").op(GE).q(q("50", "个")).quantitative()),
        row("&nbsp; entities", v("≥&nbsp;50&nbsp;个").op(GE).q(q("50", "个")).quantitative()),
        row("不低于", v("不低于90%").op(GE).q(q("90", "%")).quantitative()),
        row("不超过 is not 超", v("不超过5万元").op(LE).q(q("5", "万元")).quantitative()),
        row("大于", v("大于3次").op(GT).q(q("3", "次")).quantitative()),
        row("小于", v("小于2天").op(LT).q(q("2", "天")).quantitative()),
        row("不少于", v("不少于10场").op(GE).q(q("10", "场")).quantitative()),
        row("大于等于", v("大于等于95%").op(GE).q(q("95", "%")).quantitative()),
        row("小于或等于", v("小于或等于3天").op(LE).q(q("3", "天")).quantitative()),
        row("等于", v("等于100%").op(EQ).q(q("100", "%")).quantitative()),
        row("定性", v("定性").op(QUALITATIVE).mixed()),
        row("达成预期指标", v("达成预期指标").text("达成预期指标").qualitative()),
        row("约 is about", v("约100人").q(about("100", "人")).quantitative()),
        row("左右 is about", v("100人左右").q(about("100", "人")).quantitative()),
        row("以上 is more than", v("100人以上").q(more("100", "人")).quantitative()),
        row("余 is more than", v("3000余人").q(more("3000", "人")).quantitative()),
        row("超过 is more than", v("超过100人次").q(more("100", "人次")).quantitative()),
        row("超 is more than", v("超55次").q(more("55", "次")).quantitative()),
        row("不足 is less than", v("不足5天").q(less("5", "天")).quantitative()),
        row("以内 is less than", v("5天以内").q(less("5", "天")).quantitative()),
        row("negative number", v("-5%").q(q("-5", "%")).quantitative()),
        row("negative number after ≥", v("≥-5%").op(GE).q(q("-5", "%")).quantitative()),
        row("thousands separator, scale kept", v("1,234.50万元").q(q("1234.50", "万元")).quantitative()),
        row("two decimals kept", v("95.50%").q(q("95.50", "%")).quantitative()),
        row("fraction below one", v("0.5%").q(q("0.5", "%")).quantitative()),
        row("dotted date", v("2021.9.13完成").date(2021, 9, 13).text("2021.9.13完成").qualitative()),
        row("ISO date", v("2021-09-13").date(2021, 9, 13).text("2021-09-13").qualitative()),
        row("year and month are not numbers", v("2021年9月完成").text("2021年9月完成").qualitative()),
        row("year range is not a number", v("2020-2021年度").text("2020-2021年度").qualitative()),
        row("ordinal is not a number", v("第3期").text("第3期").qualitative()),
        row("two counts", v("男50人，女30人").q(q("50", "人"), q("30", "人")).text("男50人,女30人").mixed()),
        row("trailing white space", v("12期 \t").q(q("12", "期")).quantitative()),
        row("year range with 至 is not a number", v("2020至2021年").text("2020至2021年").qualitative()),
        row("year range with a long dash", v("2020—2021年度").text("2020—2021年度").qualitative()),
        row("year range with a tilde", v("2020~2021年").text("2020~2021年").qualitative()),
        row("a year and more prose", v("1999年底完成").text("1999年底完成").qualitative()),
        row("a count of years is a number", v("3年").q(q("3", "年")).quantitative()),
        row("a two-digit year is no year", v("21年9月13日").q(q("21", "年"), q("9", "月"), q("13", "日")).mixed()),
        row("ordinal with a space", v("第 12 名").text("第 12 名").qualitative()),
        row("slashed date", v("2021/9/13").date(2021, 9, 13).text("2021/9/13").qualitative()),
        row("impossible dotted date is a decimal", v("2021.13.40").q(q("2021.13", null)).text("2021.13.40").mixed()),
        row("count range", v("20-30人").q(q("20", null), q("30", "人")).text("20-30人").mixed()),
        row("decimal without unit", v("9.13").q(q("9.13", null)).quantitative()));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        row("empty", v("").blank()),
        row("spaces", v("   ").blank()),
        row("tab, newline, ideographic space", v("\t\n\u3000").blank()),
        row("markup only", v("<p></p>").blank()),
        row("&nbsp; only", v("&nbsp;").blank()),
        row("dash", v("-").text("-").qualitative()),
        row("asterisk", v("*").text("*").qualitative()),
        row("underscores", v("___").text("___").qualitative()),
        row("N/A", v("N/A").text("N/A").qualitative()),
        row("letters", v("abc").text("abc").qualitative()),
        row("huge exponent", v("1e999999999").text("1e999999999").qualitative()),
        row("exponent with unit", v("1E5个").text("1E5个").qualitative()),
        row("40 digits", v("1234567890".repeat(4)).text("1234567890".repeat(4)).qualitative()),
        row("31 digits", v("1".repeat(31) + "个").text("1".repeat(31) + "个").qualitative()),
        row("30 digits", v("1".repeat(30) + "个").q(q("1".repeat(30), "个")).quantitative()),
        row("impossible date", v("2021年2月30日").text("2021年2月30日").qualitative()),
        row("lone ≥", v("≥").op(GE).text("≥").qualitative()),
        row("lone ≥ with unit", v("≥个").op(GE).text("≥个").qualitative()),
        row("unbalanced <p", v("<p").text("<p").qualitative()),
        row("unbalanced </p", v("</p").text("</p").qualitative()),
        row("emoji before a count", v("😀5个").q(q("5", "个")).text("😀5个").mixed()),
        row("emoji alone", v("👍").text("👍").qualitative()),
        row("supplementary CJK", v("𠀀3次").q(q("3", "次")).text("𠀀3次").mixed()),
        row("lone surrogate", v("\uD83D").text("\uD83D").qualitative()),
        row("control character inside a count", v("5\u0000个").q(q("5", null)).text("5\u0000个").mixed()),
        row("bell character", v("\u0007").text("\u0007").qualitative()),
        row("several points", v("5.5.5").q(q("5.5", null)).text("5.5.5").mixed()),
        row("letters glued to a number", v("a5个").text("a5个").qualitative()));
  }

  private static Arguments row(String label, Case c) {
    return Arguments.of(label, c);
  }

  static Stream<Arguments> table() {
    return Stream.of(sampleKeyProject(), sampleTaskCompletions(), domainSpellings(), malformed()).flatMap(s -> s);
  }

  //----- parse: the table -----
  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void parse_readsEveryPartOfThePrintedValue(String label, Case c) {
    IndicatorValue value = IndicatorValue.parse(c.raw);
    assertThat(value.raw()).as("raw").isEqualTo(c.raw);
    assertThat(value.operator()).as("operator").isEqualTo(c.operator);
    assertThat(value.quantities()).as("quantities").containsExactlyElementsOf(c.quantities);
    Quantity first = c.quantities.isEmpty() ? null : c.quantities.get(0);
    assertThat(value.number()).as("number").isEqualTo(first == null ? null : first.number());
    assertThat(value.unit()).as("unit").isEqualTo(first == null ? null : first.unit());
    assertThat(value.qualifier()).as("qualifier").isEqualTo(first == null ? null : first.qualifier());
    assertThat(value.date()).as("date").isEqualTo(c.date);
    assertThat(value.text()).as("text").isEqualTo(c.text);
    assertThat(value.isQuantitative()).as("isQuantitative").isEqualTo(c.kind == Kind.QUANTITATIVE);
    assertThat(value.isQualitative()).as("isQualitative").isEqualTo(c.kind == Kind.QUALITATIVE);
    assertThat(value.isBlank()).as("isBlank").isEqualTo(c.kind == Kind.BLANK);
  }

  @Test
  void table_hasAtLeastSixtyCases_andCoversEveryValueOfTheSample() {
    assertThat(table().count()).isGreaterThanOrEqualTo(60);
    assertThat(sampleKeyProject().count()).isGreaterThanOrEqualTo(24);
    assertThat(sampleTaskCompletions().count()).isEqualTo(14);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void parse_ofToString_givesAnEqualValueWithTheSameParts(String label, Case c) {
    IndicatorValue value = IndicatorValue.parse(c.raw);
    IndicatorValue again = IndicatorValue.parse(value.toString());
    assertSameParts(again, value);
  }

  @Test
  void parse_sample_partyActivities_givesNineCountsInOrder() {
    IndicatorValue value = IndicatorValue.parse(PARTY_ACTIVITIES);
    assertThat(value.quantities()).extracting(Quantity::toString)
        .containsExactly("5次", "7次", "3次", "4次", "3次", "超55次", "2个", "1次", "超4000人次");
    assertThat(value.quantities().get(5).qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(value.quantities().get(8).qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(value.number()).isEqualByComparingTo("5");
  }

  @Test
  void parse_sample_meetingDate_givesTheDateAndNoNumber() {
    IndicatorValue value = IndicatorValue.parse("2021年9月13日圆满举办");
    assertThat(value.date()).isEqualTo(LocalDate.of(2021, 9, 13));
    assertThat(value.number()).isNull();
    assertThat(value.isQualitative()).isTrue();
  }

  @Test
  void parse_acceptsAnyCharSequence() {
    assertThat(IndicatorValue.parse(new StringBuilder("≥50个"))).isEqualTo(IndicatorValue.parse("≥50个"));
  }

  @Test
  void parse_refusesNull_namingTheParameter() {
    assertThatThrownBy(() -> IndicatorValue.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("raw");
  }

  @Test
  void parse_isIndependentOfTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      List<IndicatorValue> values = new ArrayList<>();
      for (Locale locale : new Locale[] {Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.SIMPLIFIED_CHINESE}) {
        Locale.setDefault(locale);
        values.add(IndicatorValue.parse("≥1,234.50万元，超55次，2021年9月13日"));
      }
      for (IndicatorValue value : values) {
        assertSameParts(value, values.get(0));
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  //----- parse: long and hostile input -----
  @Test
  void parse_veryLongInput_keepsTheRawTextAndReadsEveryCount() {
    String unit = "开展活动5次，超55次<p>≥50个</p>2021年9月13日；";
    String raw = unit.repeat(20_000);
    IndicatorValue value = IndicatorValue.parse(raw);
    assertThat(value.raw()).isSameAs(raw);
    assertThat(value.quantities()).hasSize(60_000);
    assertThat(value.quantities().subList(0, 3)).containsExactly(q("5", "次"), more("55", "次"), q("50", "个"));
    assertThat(value.date()).isEqualTo(LocalDate.of(2021, 9, 13));
    assertThat(value.operator()).isNull();
  }

  @Test
  void parse_longRunOfDigitGroups_isNotANumber_andDoesNotStall() {
    // A hostile cell: 400 000 characters of "1,000,000,…" ending in a broken group. Read in one pass, this
    // takes well under a second; a parser that rescans the run at every group needs minutes.
    String raw = "1" + ",000".repeat(100_000) + ",00";
    IndicatorValue value = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(60), () -> IndicatorValue.parse(raw));
    assertThat(value.raw()).isEqualTo(raw);
    assertThat(value.quantities()).allSatisfy(q -> assertThat(q.number().precision()).isLessThanOrEqualTo(30));
  }

  @Test
  void parse_digitGroups_areReadAsOneNumberOnlyWhenWellFormed() {
    assertThat(IndicatorValue.parse("1,234,567个").quantities()).containsExactly(q("1234567", "个"));
    assertThat(IndicatorValue.parse("12,345.6万元").quantities()).containsExactly(q("12345.6", "万元"));
    assertThat(IndicatorValue.parse("1,23个").quantities()).containsExactly(q("1", null), q("23", "个"));
    assertThat(IndicatorValue.parse("1,2345个").quantities()).containsExactly(q("1", null), q("2345", "个"));
    assertThat(IndicatorValue.parse("1,000,个").quantities()).containsExactly(q("1", null), q("000", null));
    assertThat(IndicatorValue.parse("培训5，2,000人次").quantities()).containsExactly(q("5", null), q("2000", "人次"));
    assertThat(IndicatorValue.parse("分别为3，5，7次").quantities()).containsExactly(q("3", null), q("5", null),
        q("7", "次"));
    String elevenGroups = "1" + ",000".repeat(10) + "个";
    assertThat(IndicatorValue.parse(elevenGroups).quantities()).as("31 digits are not a number").isEmpty();
    String tenGroups = "1" + ",000".repeat(9) + "个";
    assertThat(IndicatorValue.parse(tenGroups).quantities()).containsExactly(q("1" + "000".repeat(9), "个"));
  }

  //----- of -----
  @Test
  void of_buildsTheValueAsItWouldBePrinted() {
    IndicatorValue value = IndicatorValue.of(GE, new BigDecimal("50"), "个");
    assertThat(value).isEqualTo(IndicatorValue.parse("≥50个"));
    assertThat(value.raw()).isEqualTo("≥50个");
    assertThat(value.operator()).isEqualTo(GE);
    assertThat(value.number()).isEqualTo(new BigDecimal("50"));
    assertThat(value.unit()).isEqualTo("个");
    assertThat(value.isQuantitative()).isTrue();
  }

  @Test
  void of_everyQuantitativeOperator_isReadBack() {
    for (ComparisonOperator op : List.of(GE, GT, EQ, LE, LT)) {
      IndicatorValue value = IndicatorValue.of(op, new BigDecimal("0.50"), "%");
      assertThat(value.raw()).isEqualTo(op.symbol() + "0.50%");
      assertThat(value.operator()).isEqualTo(op);
      assertThat(value.number()).isEqualTo(new BigDecimal("0.50"));
      assertThat(value.unit()).isEqualTo("%");
    }
  }

  @Test
  void of_withoutUnit_andWithNegativeOrExponentNumbers() {
    assertThat(IndicatorValue.of(LE, new BigDecimal("90"), null).raw()).isEqualTo("≤90");
    assertThat(IndicatorValue.of(LE, new BigDecimal("90"), null).unit()).isNull();
    assertThat(IndicatorValue.of(EQ, new BigDecimal("-5"), "%").number()).isEqualTo(new BigDecimal("-5"));
    IndicatorValue thousand = IndicatorValue.of(GE, new BigDecimal("1E+3"), "个");
    assertThat(thousand.raw()).isEqualTo("≥1000个");
    assertThat(thousand.number()).isEqualTo(new BigDecimal("1000"));
  }

  @Test
  void of_refusesOperatorsWithoutANumber() {
    assertThatThrownBy(() -> IndicatorValue.of(QUALITATIVE, BigDecimal.ONE, "个"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operator");
    assertThatThrownBy(() -> IndicatorValue.of(ComparisonOperator.QUANTITATIVE_OTHER, BigDecimal.ONE, "个"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operator");
  }

  @Test
  void of_refusesPartsThatWouldNotBeReadBack() {
    assertThatThrownBy(() -> IndicatorValue.of(GE, new BigDecimal("50"), "人天"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("人天");
    assertThatThrownBy(() -> IndicatorValue.of(GE, new BigDecimal("2021"), "年"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorValue.of(GE, new BigDecimal("1".repeat(31)), "个"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorValue.of(GE, new BigDecimal("50"), ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorValue.of(GE, new BigDecimal("50"), "次以上"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_refusesNulls_namingTheParameter() {
    assertThatThrownBy(() -> IndicatorValue.of(null, BigDecimal.ONE, "个")).hasMessage("operator");
    assertThatThrownBy(() -> IndicatorValue.of(GE, null, "个")).hasMessage("number");
  }

  //----- accessors -----
  @Test
  void quantities_areUnmodifiable() {
    List<Quantity> quantities = IndicatorValue.parse("现有在册商会会员3052个，所属商协会28个").quantities();
    assertThatThrownBy(() -> quantities.add(q("1", "个"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(quantities::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void firstQuantityAccessors_areNullWithoutQuantities() {
    IndicatorValue value = IndicatorValue.parse("如期举办");
    assertThat(value.number()).isNull();
    assertThat(value.unit()).isNull();
    assertThat(value.qualifier()).isNull();
  }

  //----- equals, hashCode, toString, serialisation -----
  @Test
  void equalsAndHashCode_followTheRawText() {
    new EqualsTester()
        .addEqualityGroup(IndicatorValue.parse("≥50个"), IndicatorValue.parse("≥50个"),
            IndicatorValue.of(GE, new BigDecimal("50"), "个"))
        .addEqualityGroup(IndicatorValue.parse("≧50个"))
        .addEqualityGroup(IndicatorValue.parse("≥ 50 个"))
        .addEqualityGroup(IndicatorValue.parse("≥50.0个"))
        .addEqualityGroup(IndicatorValue.parse(""), IndicatorValue.parse(new StringBuilder()))
        .addEqualityGroup(IndicatorValue.parse(" "))
        .testEquals();
  }

  @Test
  void toString_isTheRawText() {
    assertThat(IndicatorValue.parse("<p>95%</p>")).hasToString("<p>95%</p>");
  }

  @Test
  void serialization_keepsEveryPart() throws IOException, ClassNotFoundException {
    IndicatorValue value = IndicatorValue.parse(PARTY_ACTIVITIES + "2021年9月13日");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertSameParts((IndicatorValue) in.readObject(), value);
    }
  }

  //----- properties -----
  private static final String[] OPERATOR_SPELLINGS = {"≥", ">=", "≧", "＞", ">", "=", "＝", "﹦", "≤", "<=", "≦", "＜",
      "<", "不低于", "不超过", "大于", "小于", "定性"};
  private static final String[] WORDS = {"开展", "活动", "超", "约", "以上", "余", "多", "年", "月", "日", "第", "不超过",
      "不低于", "不足", "左右", "以内", "期", "完成", "如期举办", "、", "，", "。", "；", "（", "）", "“", "”", "达成预期指标"};
  private static final String[] UNITS = {"个", "次", "项", "家", "场", "期", "名", "人", "人次", "万人次", "户", "天", "%",
      "‰", "万元", "元", "亿元", "千元", "百分比", "百分点", "个百分点", "平方米", "公里", "小时", "个月", "工作日", "所",
      "km", "kg", "t", "m", "篇", "套", "吨", "亩", "分", "元/人", "人/次", "批次", "年"};
  private static final String[] MARKUP = {"<p>", "</p>", "<p", "p>", "<br/>", "<span class=\"x\">", "&nbsp;", "&lt;",
      "&amp;", "<", ">", "</"};
  private static final String[] JUNK = {"e", "E", "e9", "E-5", "+", "-", "−", ".", ",", "，", "．", "%", "％", "*", "_",
      "/", "\\", " ", "\t", "\n", "\u3000", "\u0000", "\u0007", "\u200B", "😀", "\uD83D", "\uDE00", "𠀀", "١٢", "N/A",
      "null", "NaN", "Infinity", "０", "９", "１２３"};

  private static String randomText(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int parts = random.nextInt(0, 12);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(6)) {
        case 0 -> s.append(random.nextLong(0, Long.MAX_VALUE) >>> random.nextInt(0, 63));
        case 1 -> s.append(OPERATOR_SPELLINGS[random.nextInt(OPERATOR_SPELLINGS.length)]);
        case 2 -> s.append(WORDS[random.nextInt(WORDS.length)]);
        case 3 -> s.append(UNITS[random.nextInt(UNITS.length)]);
        case 4 -> s.append(MARKUP[random.nextInt(MARKUP.length)]);
        default -> s.append(JUNK[random.nextInt(JUNK.length)]);
      }
    }
    return s.toString();
  }

  private static String randomCodePoints(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(0, 20);
    for (int i = 0; i < n; i++) {
      int bucket = random.nextInt(4);
      int cp = switch (bucket) {
        case 0 -> random.nextInt(0, 0x80);
        case 1 -> random.nextInt(0x3000, 0xA000);
        case 2 -> random.nextInt(0xFE00, 0x10000);
        default -> random.nextInt(0, Character.MAX_CODE_POINT + 1);
      };
      if (Character.isBmpCodePoint(cp)) {
        s.append((char) cp);
      } else {
        s.appendCodePoint(cp);
      }
    }
    return s.toString();
  }

  @Test
  void property_parseNeverThrows_andKeepsItsInvariants_onMixedText() {
    Property.forAll("parse on mixed text", 0x5EED_0001L, 12_000, IndicatorValueTest::randomText,
        IndicatorValueTest::assertInvariants);
  }

  @Test
  void property_parseNeverThrows_andKeepsItsInvariants_onArbitraryCodePoints() {
    Property.forAll("parse on arbitrary code points", 0x5EED_0002L, 12_000, IndicatorValueTest::randomCodePoints,
        IndicatorValueTest::assertInvariants);
  }

  private static void assertInvariants(String raw) {
    IndicatorValue value = IndicatorValue.parse(raw);
    assertThat(value.raw()).isEqualTo(raw);
    int kinds = (value.isQuantitative() ? 1 : 0) + (value.isQualitative() ? 1 : 0) + (value.isBlank() ? 1 : 0);
    assertThat(kinds).as("at most one of isQuantitative, isQualitative, isBlank").isLessThanOrEqualTo(1);
    if (value.isQuantitative()) {
      assertThat(value.quantities()).hasSize(1);
      assertThat(value.text()).isNull();
    }
    if (value.isBlank()) {
      assertThat(value.quantities()).isEmpty();
      assertThat(value.operator()).isNull();
    }
    for (Quantity q : value.quantities()) {
      assertThat(q.number().precision()).isLessThanOrEqualTo(IndicatorValue.MAX_DIGITS);
      assertThat(q.number().scale()).isNotNegative();
    }
    assertSameParts(IndicatorValue.parse(value.toString()), value);
  }

  /** Operator spellings that stand alone in front of a number, with the operator each one means. */
  private static final Object[][] NUMERIC_OPERATORS = {{"≥", GE}, {">=", GE}, {"≧", GE}, {"不低于", GE},
      {"不少于", GE}, {"大于等于", GE}, {"＞", GT}, {">", GT}, {"大于", GT}, {"=", EQ}, {"＝", EQ}, {"﹦", EQ},
      {"等于", EQ}, {"≤", LE}, {"<=", LE}, {"≦", LE}, {"不超过", LE}, {"不高于", LE}, {"小于等于", LE}, {"＜", LT},
      {"<", LT}, {"小于", LT}, {"", null}};

  /** A random bound such as "≥ 1,234.50 万元", with the parts it must be read as. */
  record Bound(String raw, @Nullable ComparisonOperator operator, BigDecimal number, String unit) {
  }

  private static BigDecimal randomNumber(SplittableRandom random) {
    int integerDigits = random.nextInt(1, 13);
    int scale = random.nextInt(0, 7);
    StringBuilder digits = new StringBuilder();
    digits.append(random.nextInt(integerDigits == 1 ? 0 : 1, 10));
    for (int i = 1; i < integerDigits; i++) {
      digits.append(random.nextInt(10));
    }
    if (scale > 0) {
      digits.append('.');
      for (int i = 0; i < scale; i++) {
        digits.append(random.nextInt(10));
      }
    }
    BigDecimal n = new BigDecimal(digits.toString());
    return random.nextInt(8) == 0 ? n.negate() : n;
  }

  private static Bound randomBound(SplittableRandom random) {
    Object[] op = NUMERIC_OPERATORS[random.nextInt(NUMERIC_OPERATORS.length)];
    BigDecimal number;
    String unit;
    do {
      number = randomNumber(random);
      unit = UNITS[random.nextInt(UNITS.length)];
    } while (unit.equals("年") && number.scale() == 0 && number.abs().intValue() >= 1900
        && number.abs().intValue() <= 2199 && number.abs().precision() == 4);
    String printed = number.toPlainString();
    if (random.nextInt(4) == 0) {
      printed = grouped(printed);
    }
    if (random.nextInt(4) == 0) {
      printed = fullWidth(printed);
    }
    String space1 = random.nextInt(3) == 0 ? " " : "";
    String space2 = random.nextInt(3) == 0 ? " " : "";
    String raw = op[0] + space1 + printed + space2 + unit;
    if (random.nextInt(5) == 0) {
      raw = "<p>" + raw + "</p>";
    }
    return new Bound(raw, (ComparisonOperator) op[1], number, unit);
  }

  private static String grouped(String plain) {
    boolean negative = plain.startsWith("-");
    String unsigned = negative ? plain.substring(1) : plain;
    int point = unsigned.indexOf('.');
    String integer = point < 0 ? unsigned : unsigned.substring(0, point);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(integer.charAt(i));
    }
    return (negative ? "-" : "") + out + (point < 0 ? "" : unsigned.substring(point));
  }

  private static String fullWidth(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
    }
    return out.toString();
  }

  @Test
  void property_boundsAreReadBackExactly_withTheirScale() {
    Property.forAll("≥N单位 read back", 0x5EED_0003L, 12_000, IndicatorValueTest::randomBound, bound -> {
      IndicatorValue value = IndicatorValue.parse(bound.raw());
      assertThat(value.operator()).as("operator").isEqualTo(bound.operator());
      assertThat(value.quantities()).as("quantities")
          .containsExactly(new Quantity(bound.number(), bound.unit(), Qualifier.EXACT));
      assertThat(value.isQuantitative()).as("isQuantitative").isTrue();
    });
  }

  @Test
  void property_ofReadsBackItsParts() {
    List<ComparisonOperator> operators = List.of(GE, GT, EQ, LE, LT);
    Property.forAll("of(op, n, unit) read back", 0x5EED_0004L, 10_000,
        random -> randomBound(random),
        bound -> {
          ComparisonOperator op = bound.operator() == null
              ? operators.get(Math.floorMod(bound.raw().hashCode(), operators.size())) : bound.operator();
          IndicatorValue value = IndicatorValue.of(op, bound.number(), bound.unit());
          assertThat(value.operator()).isEqualTo(op);
          assertThat(value.quantities()).containsExactly(new Quantity(bound.number(), bound.unit(), Qualifier.EXACT));
          assertThat(value).isEqualTo(IndicatorValue.parse(value.raw()));
        });
  }

  //-----------------------------------------------------------------------
  private static void assertSameParts(IndicatorValue actual, IndicatorValue expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.raw()).isEqualTo(expected.raw());
    assertThat(actual.operator()).isEqualTo(expected.operator());
    assertThat(actual.quantities()).isEqualTo(expected.quantities());
    assertThat(actual.date()).isEqualTo(expected.date());
    assertThat(actual.text()).isEqualTo(expected.text());
    assertThat(Arrays.asList(actual.isQuantitative(), actual.isQualitative(), actual.isBlank()))
        .isEqualTo(Arrays.asList(expected.isQuantitative(), expected.isQualitative(), expected.isBlank()));
  }
}
