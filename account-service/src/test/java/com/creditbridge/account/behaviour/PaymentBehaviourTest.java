package com.creditbridge.account.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentBehaviourTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-06-30");

  @Test
  void weighsDaysLateByAmountAsInTheWorkedExample() {
    // 30 days late on 100.00 and 10 days late on 300.00: (3,000 + 3,000) / 400 = 15
    PaymentBehaviour behaviour =
        PaymentBehaviour.of(
            List.of(
                paid("100.00", "2026-05-01", "2026-05-31"),
                paid("300.00", "2026-06-01", "2026-06-11")),
            TODAY);

    assertThat(behaviour.averageDaysLate()).isEqualByComparingTo("15.0");
    assertThat(behaviour.paidInvoices()).isEqualTo(2);
  }

  @Test
  void countsAnInvoicePaidEarlyAsZeroDaysLateNotAsCreditForLateOnes() {
    PaymentBehaviour behaviour =
        PaymentBehaviour.of(
            List.of(
                paid("100.00", "2026-06-20", "2026-06-10"),
                paid("100.00", "2026-05-01", "2026-05-21")),
            TODAY);

    assertThat(behaviour.averageDaysLate()).isEqualByComparingTo("10.0");
  }

  @ParameterizedTest(name = "paid on {0} falls in the {1} period")
  @CsvSource({
    "2026-06-30, recent",
    "2026-01-02, recent",
    "2026-01-01, previous",
    "2025-07-06, previous",
    "2025-07-05, neither",
  })
  void splitsTheLastHundredAndEightyDaysFromTheHundredAndEightyBefore(
      LocalDate paidOn, String period) {
    // today 2026-06-30: recent is after 2026-01-01 up to today, previous the 180 days before that
    PaymentBehaviour behaviour =
        PaymentBehaviour.of(
            List.of(new PaidInvoice(BigDecimal.TEN, paidOn.minusDays(5), paidOn)), TODAY);

    assertThat(behaviour.averageDaysLate() != null).isEqualTo(period.equals("recent"));
    assertThat(behaviour.previousAverageDaysLate() != null).isEqualTo(period.equals("previous"));
  }

  @ParameterizedTest(name = "{0} days late now against {1} before -> {2}")
  @CsvSource({
    "15, 12, STEADY",
    "15, 18, STEADY",
    "15, 11, WORSENING",
    "15, 19, IMPROVING",
  })
  void callsTheTrendSteadyWithinThreeDays(int nowLate, int beforeLate, PaymentTrend trend) {
    PaymentBehaviour behaviour =
        PaymentBehaviour.of(
            List.of(
                new PaidInvoice(BigDecimal.TEN, TODAY.minusDays(10 + nowLate), TODAY.minusDays(10)),
                new PaidInvoice(
                    BigDecimal.TEN, TODAY.minusDays(200 + beforeLate), TODAY.minusDays(200))),
            TODAY);

    assertThat(behaviour.trend()).isEqualTo(trend);
  }

  @Test
  void hasNoAverageAndNoTrendWithoutPaidInvoices() {
    PaymentBehaviour behaviour = PaymentBehaviour.of(List.of(), TODAY);

    assertThat(behaviour.averageDaysLate()).isNull();
    assertThat(behaviour.previousAverageDaysLate()).isNull();
    assertThat(behaviour.trend()).isNull();
    assertThat(behaviour.paidInvoices()).isZero();
  }

  private static PaidInvoice paid(String amount, String dueOn, String paidOn) {
    return new PaidInvoice(new BigDecimal(amount), LocalDate.parse(dueOn), LocalDate.parse(paidOn));
  }
}
