package com.creditbridge.notification.email.content;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hold event data as the hold-service sends it, for the email tests. */
final class HoldEmails {

  static final Party RITA = new Party("rep-rita", "Rita Rep", "rita@example.com");
  static final Party CARL = new Party("an-carl", "Carl Credit", "carl@example.com");

  private HoldEmails() {}

  static HoldEventData placed() {
    return new HoldEventData(
        "acme",
        "ACME <Corp> & Sons",
        CreditStatus.ON_HOLD,
        CreditStatus.APPROACHING,
        List.of(
            new Reason(
                "PAST_DUE",
                "Invoice INV-1 (1200.00 EUR) is 70 days past due.",
                "INV-1",
                70,
                new BigDecimal("1200.00"))),
        null,
        new BigDecimal("12500.00"),
        new BigDecimal("12500.00"),
        new BigDecimal("10000.00"),
        "EUR",
        RITA,
        CARL,
        null,
        "dec-1",
        1,
        null,
        null,
        null);
  }

  static HoldEventData approaching(LocalDate projectedHoldOn) {
    HoldEventData p = placed();
    return new HoldEventData(
        p.accountId(),
        p.accountName(),
        CreditStatus.APPROACHING,
        CreditStatus.CLEAR,
        List.of(
            new Reason(
                "PAST_DUE_SOON",
                "Invoice INV-1 (1200.00 EUR) will be 61 days past due on 12 June 2026.",
                "INV-1",
                55,
                new BigDecimal("1200.00"))),
        projectedHoldOn,
        new BigDecimal("1200.00"),
        p.exposure(),
        p.creditLimit(),
        p.currency(),
        p.salesRep(),
        p.creditAnalyst(),
        p.salesManager(),
        "dec-2",
        1,
        null,
        null,
        null);
  }

  static HoldEventData withOwners(HoldEventData d, Party salesRep, Party creditAnalyst) {
    return new HoldEventData(
        d.accountId(),
        d.accountName(),
        d.status(),
        d.previousStatus(),
        d.reasons(),
        d.projectedHoldOn(),
        d.cureAmount(),
        d.exposure(),
        d.creditLimit(),
        d.currency(),
        salesRep,
        creditAnalyst,
        d.salesManager(),
        d.decisionId(),
        d.policyVersion(),
        d.segment(),
        d.promise(),
        d.escalation());
  }
}
