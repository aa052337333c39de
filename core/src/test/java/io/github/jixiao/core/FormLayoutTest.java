package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormLayoutTest {

  //----- label -----
  @Test
  void labels_areDistinctAndNotBlank() {
    assertThat(Arrays.stream(FormLayout.values()).map(FormLayout::label)).doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank());
  }

  @Test
  void labels_nameTheTableAndItsSource() {
    assertThat(FormLayout.PROJECT_NATIONAL_2020.label()).contains("项目支出绩效自评表").contains("财预〔2020〕10号");
    assertThat(FormLayout.PROJECT_SICHUAN_2023.label()).contains("四川");
    assertThat(FormLayout.PROJECT_BEIJING_HAIDIAN_2016.label()).contains("海淀");
    assertThat(FormLayout.PROJECT_PROSE.label()).contains("重点项目绩效情况");
    assertThat(FormLayout.DEPARTMENT_GUANGZHOU.label()).contains("部门整体支出绩效自评表").contains("广州");
    assertThat(FormLayout.DEPARTMENT_GUIZHOU.label()).contains("贵州");
    assertThat(FormLayout.DEPARTMENT_INDICATOR_TABLE.label()).contains("指标");
    assertThat(FormLayout.OTHER.label()).isEqualTo("其他");
  }
}
