package com.creditbridge.notification.email.content;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.AccountStatus;
import com.creditbridge.notification.change.HoldChange.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hold changes as the hold-service's events bring them, for the email tests. */
final class HoldEmails {

  static final Person RITA = new Person("rep-rita", "Rita Rep", "rita@example.com");
  static final Person CARL = new Person("an-carl", "Carl Credit", "carl@example.com");

  private HoldEmails() {}

  static HoldChange placed() {
    return new HoldChange(
        "acme",
        "ACME <Corp> & Sons",
        AccountStatus.ON_HOLD,
        List.of("Invoice INV-1 (1200.00 EUR) is 70 days past due."),
        null,
        new BigDecimal("12500.00"),
        new BigDecimal("12500.00"),
        "EUR",
        RITA,
        CARL,
        null,
        null,
        null,
        null);
  }

  static HoldChange approaching(LocalDate projectedHoldOn) {
    HoldChange p = placed();
    return new HoldChange(
        p.accountId(),
        p.accountName(),
        AccountStatus.APPROACHING,
        List.of("Invoice INV-1 (1200.00 EUR) will be 61 days past due on 12 June 2026."),
        projectedHoldOn,
        new BigDecimal("1200.00"),
        p.exposure(),
        p.currency(),
        p.salesRep(),
        p.creditAnalyst(),
        p.salesManager(),
        null,
        null,
        null);
  }

  /** The same account, but on the given status, exposure and projected date. */
  static HoldChange named(
      String name, AccountStatus status, BigDecimal exposure, LocalDate projectedHoldOn) {
    HoldChange p = placed();
    return new HoldChange(
        name,
        name,
        status,
        p.reasons(),
        projectedHoldOn,
        p.cureAmount(),
        exposure,
        p.currency(),
        p.salesRep(),
        p.creditAnalyst(),
        null,
        null,
        null,
        null);
  }

  static HoldChange withOwners(HoldChange d, Person salesRep, Person creditAnalyst) {
    return new HoldChange(
        d.accountId(),
        d.accountName(),
        d.status(),
        d.reasons(),
        d.projectedHoldOn(),
        d.cureAmount(),
        d.exposure(),
        d.currency(),
        salesRep,
        creditAnalyst,
        d.salesManager(),
        d.segment(),
        d.promise(),
        d.acknowledgement());
  }
}
