package com.creditbridge.account.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class EventFingerprintTest {

  @Test
  void sameContentGivesTheSameFingerprintWhateverTheAmountScale() {
    assertThat(EventFingerprint.of(payment("100", null)))
        .isEqualTo(EventFingerprint.of(payment("100.00", null)))
        .hasSize(64);
  }

  @Test
  void anyDifferentFieldGivesAnotherFingerprint() {
    String original = EventFingerprint.of(payment("100.00", null));

    assertThat(EventFingerprint.of(payment("100.01", null))).isNotEqualTo(original);
    assertThat(EventFingerprint.of(payment("100.00", "INV-1"))).isNotEqualTo(original);
  }

  @Test
  void valuesCannotImitateAFieldBoundary() {
    PaymentReceived a =
        new PaymentReceived(
            "e", "a", null, "p;x", BigDecimal.ONE, usd(), LocalDate.of(2026, 1, 1), null);
    PaymentReceived b =
        new PaymentReceived(
            "e", "a", null, "p", BigDecimal.ONE, usd(), LocalDate.of(2026, 1, 1), ";x");

    assertThat(EventFingerprint.of(a)).isNotEqualTo(EventFingerprint.of(b));
  }

  private static PaymentReceived payment(String amount, String invoiceId) {
    return new PaymentReceived(
        "evt-1",
        "ACME",
        null,
        "PAY-1",
        new BigDecimal(amount),
        usd(),
        LocalDate.of(2026, 5, 1),
        invoiceId);
  }

  private static Currency usd() {
    return Currency.getInstance("USD");
  }
}
