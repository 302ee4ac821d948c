package com.creditbridge.contracts;

import static com.creditbridge.contracts.CreditStatus.APPROACHING;
import static com.creditbridge.contracts.CreditStatus.CLEAR;
import static com.creditbridge.contracts.CreditStatus.ON_HOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoldEventTypeTest {

  @ParameterizedTest
  @CsvSource({
    "CLEAR, APPROACHING, credit.hold.approaching",
    "CLEAR, ON_HOLD, credit.hold.placed",
    "APPROACHING, ON_HOLD, credit.hold.placed",
    "ON_HOLD, CLEAR, credit.hold.released",
    "ON_HOLD, APPROACHING, credit.hold.released",
    "APPROACHING, CLEAR, credit.hold.averted",
  })
  void namesTheEventOfEachTransition(CreditStatus from, CreditStatus to, String wireName) {
    assertThat(HoldEventType.forTransition(from, to).map(HoldEventType::wireName))
        .contains(wireName);
  }

  @ParameterizedTest
  @CsvSource({"CLEAR", "APPROACHING", "ON_HOLD"})
  void emitsNothingWithoutATransition(CreditStatus status) {
    assertThat(HoldEventType.forTransition(status, status)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({"CLEAR", "APPROACHING", "ON_HOLD"})
  void knowsEveryStatus(CreditStatus status) {
    assertThat(status).isIn(CLEAR, APPROACHING, ON_HOLD);
  }
}
