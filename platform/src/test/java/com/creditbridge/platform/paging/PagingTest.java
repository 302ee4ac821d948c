package com.creditbridge.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.platform.problem.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {

  @Test
  void takesFiftyWhenNoLimitIsGivenAndAnythingFromOneToFiveHundred() {
    assertThat(Paging.limit((Integer) null)).isEqualTo(50);
    assertThat(Paging.limit((String) null)).isEqualTo(50);
    assertThat(Paging.limit(1)).isEqualTo(1);
    assertThat(Paging.limit("500")).isEqualTo(500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "501", "-3", "ten", "", "1.5"})
  void refusesALimitOutsideOneToFiveHundredNamingIt(String limit) {
    assertThatThrownBy(() -> Paging.limit(limit))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> assertThat(p.errors()).extracting("field").containsExactly("limit"));
  }

  @Test
  void aCursorCarriesItsSortKeyBack() {
    String cursor = Paging.cursor("2026-03-01|INV-7");

    assertThat(cursor).doesNotContain("|", "=");
    assertThat(Paging.sortKey(cursor)).isEqualTo("2026-03-01|INV-7");
  }

  @ParameterizedTest
  // "AA" decodes to a NUL byte, "" to nothing
  @ValueSource(strings = {"!!", "a b", "AA", ""})
  void refusesTextThatIsNoCursorNamingIt(String cursor) {
    assertThatThrownBy(() -> Paging.sortKey(cursor))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> assertThat(p.errors()).extracting("field").containsExactly("cursor"));
  }

  @Test
  void refusesAnOverlongCursorBeforeDecodingIt() {
    assertThatThrownBy(() -> Paging.sortKey("A".repeat(513))).isInstanceOf(ApiProblem.class);
  }
}
