package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PolicyWordsTest {

  private static PolicyWords.Terms terms(int holdAfter, int warnBefore, String tolerance) {
    return new PolicyWords.Terms(
        holdAfter,
        warnBefore,
        new BigDecimal("1.00"),
        new BigDecimal("0.9"),
        new BigDecimal(tolerance),
        2,
        new BigDecimal("50000"),
        24,
        new BigDecimal("100000.00"));
  }

  @Test
  void tellsThePastDueRuleAndTheWarningInPlainWords() {
    assertThat(PolicyWords.sentences(terms(60, 7, "0.00")))
        .first()
        .isEqualTo(
            "When an invoice is more than 60 days past due, new orders go to an order review;"
                + " you hear 7 days before.");
  }

  @Test
  void theWordsFollowThePolicy() {
    assertThat(PolicyWords.sentences(terms(45, 1, "0")))
        .first()
        .isEqualTo(
            "When an invoice is more than 45 days past due, new orders go to an order review;"
                + " you hear 1 day before.");
    assertThat(String.join("\n", PolicyWords.sentences(terms(60, 7, "0"))))
        .contains("above 100 % of their credit limit")
        .contains("passes 90 %")
        .contains("2 days after it")
        .contains("50000.00 or more")
        .contains("within 24 hours")
        .doesNotContain("Small amounts")
        .doesNotContainIgnoringCase("credit hold");
  }

  @Test
  void aToleranceIsMentionedOnlyWhenThereIsOne() {
    assertThat(PolicyWords.sentences(terms(60, 7, "25")))
        .contains("Small amounts past due, up to 25.00 in total, are not counted.");
  }
}
