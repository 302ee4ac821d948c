package com.creditbridge.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.platform.problem.ApiProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SortKeyTest {

  private static final UUID ID = UUID.fromString("0b8f8a52-6c3e-4d0e-9d7e-2f1f2b0a3c11");

  @Test
  void aTimeAndAnIdComeBackFromTheCursorAsTheyWent() {
    Instant at = Instant.parse("2026-03-01T10:15:30.123456Z");

    SortKey read = SortKey.read(SortKey.of(at, ID).cursor(), 2);

    assertThat(read.instant(0)).isEqualTo(at);
    assertThat(read.uuid(1)).isEqualTo(ID);
  }

  @Test
  void keepsTheEncodingListsWroteBeforeSoCursorsClientsHoldStillRead() {
    // what the invoice list wrote before there was a SortKey: base64url of "dueOn|invoiceId"
    String older = Paging.cursor("2026-03-01|INV-7");

    assertThat(SortKey.of(LocalDate.parse("2026-03-01"), "INV-7").cursor()).isEqualTo(older);
    SortKey read = SortKey.read(older, 2);
    assertThat(read.date(0)).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(read.text(1)).isEqualTo("INV-7");
  }

  @Test
  void readsThePositionCursorsTheKeyListingWroteBefore() {
    // base64url of "42", as the key listing wrote it
    assertThat(SortKey.of(42L).cursor()).isEqualTo("NDI");
    assertThat(SortKey.read("NDI", 1).number(0)).isEqualTo(42L);
  }

  @Test
  void writesDecimalsAsPlainDigitsAndNumbersAsDigits() {
    SortKey key = SortKey.of(new BigDecimal("1E+3"), 42L);

    assertThat(key.parts()).containsExactly("1000", "42");
    SortKey read = SortKey.read(key.cursor(), 2);
    assertThat(read.decimal(0)).isEqualByComparingTo("1000");
    assertThat(read.number(1)).isEqualTo(42L);
  }

  @Test
  void onlyTheLastPartMayHoldTheSeparator() {
    SortKey read = SortKey.read(SortKey.of("a", "b|c").cursor(), 2);

    assertThat(read.text(1)).isEqualTo("b|c");
    assertThatThrownBy(() -> SortKey.of("a|b", "c")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCursorWithTooFewPartsOrAPartOfTheWrongTypeIsTheInvalidCursorProblem() {
    String onePart = SortKey.of("ACC-1").cursor();
    String notATime = SortKey.of("yesterday", ID).cursor();

    assertInvalidCursor(() -> SortKey.read(onePart, 2));
    assertInvalidCursor(() -> SortKey.read(notATime, 2).instant(0));
    assertInvalidCursor(() -> SortKey.read(notATime, 2).number(0));
    assertInvalidCursor(() -> SortKey.read(notATime, 2).date(0));
    assertInvalidCursor(() -> SortKey.read(notATime, 2).decimal(0));
    assertInvalidCursor(() -> SortKey.read(onePart, 1).uuid(0));
    assertInvalidCursor(() -> SortKey.read("!!", 1));
  }

  @Test
  void aPageOfOneRowMoreThanTheLimitPointsAfterItsLastKeptItem() {
    Page<String> page = Page.of(List.of("a", "b", "c"), 2, SortKey::of);

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(SortKey.read(page.nextCursor(), 1).text(0)).isEqualTo("b");
    assertThat(page.map(String::toUpperCase).items()).containsExactly("A", "B");
  }

  @Test
  void aPageOfAtMostTheLimitIsTheLast() {
    Page<String> page = Page.of(List.of("a", "b"), 2, SortKey::of);

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.nextCursor()).isNull();
  }

  private static void assertInvalidCursor(Runnable reading) {
    assertThatThrownBy(reading::run)
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> assertThat(p.errors()).extracting("field").containsExactly("cursor"));
  }
}
