package com.creditbridge.notification.digest.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusUpdateTest {

  private static final Instant T0 = Instant.parse("2026-05-11T08:00:00Z");

  private static StatusUpdate update(String account, String status, int minutesLater) {
    return new StatusUpdate(
        account,
        status,
        "rep-1",
        new StatusUpdate.People("Rep@Example.com", null, " "),
        "{\"status\":\"" + status + "\"}",
        T0.plusSeconds(60L * minutesLater));
  }

  @Test
  void keepsThePeoplesEmailsLowerCaseAndABlankOneAsNone() {
    var people = update("a", "CLEAR", 0).people();

    assertThat(people).isEqualTo(new StatusUpdate.People("rep@example.com", null, null));
  }

  @Test
  void keepsTheNewestUpdateOfEachAccountWhateverTheOrder() {
    var older = update("a", "CLEAR", 0);
    var newest = update("a", "ON_HOLD", 2);
    var middle = update("a", "APPROACHING", 1);
    var other = update("b", "CLEAR", 0);

    assertThat(StatusUpdate.newestPerAccount(List.of(middle, newest, other, older)))
        .containsExactly(newest, other);
    assertThat(StatusUpdate.newestPerAccount(List.of(older, middle, newest)))
        .containsExactly(newest);
    assertThat(StatusUpdate.newestPerAccount(List.of(newest, older, middle)))
        .containsExactly(newest);
  }

  @Test
  void ofUpdatesAtTheSameTimeKeepsTheLaterOneAsApplyingThemInTurnWould() {
    var first = update("a", "APPROACHING", 5);
    var second = update("a", "ON_HOLD", 5);

    assertThat(StatusUpdate.newestPerAccount(List.of(first, second))).containsExactly(second);
  }

  @Test
  void ofNoUpdatesIsEmpty() {
    assertThat(StatusUpdate.newestPerAccount(List.of())).isEmpty();
  }
}
