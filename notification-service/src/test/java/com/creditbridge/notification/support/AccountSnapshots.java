package com.creditbridge.notification.support;

import com.creditbridge.contracts.Aging;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.LedgerCause;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentBehaviourSummary;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Builds and publishes the account-service's snapshots ({@code account.payment-status.v1}). */
public final class AccountSnapshots {

  private final String accountId;
  private long version = 1;
  private String name;
  private Party salesRep;
  private Party creditAnalyst;
  private Party salesManager;
  private BigDecimal creditLimit = new BigDecimal("10000.00");
  private String segment = "enterprise";
  private BigDecimal pastDue = new BigDecimal("0.00");
  private BigDecimal exposure = new BigDecimal("0.00");
  private PaymentBehaviourSummary.Trend trend;

  private AccountSnapshots(String accountId) {
    this.accountId = accountId;
    this.name = "Acme " + accountId;
  }

  /** An account with a limit and a segment, nobody named, nothing owed. */
  public static AccountSnapshots account(String accountId) {
    return new AccountSnapshots(accountId);
  }

  public AccountSnapshots version(long version) {
    this.version = version;
    return this;
  }

  public AccountSnapshots name(String name) {
    this.name = name;
    return this;
  }

  public AccountSnapshots rep(String id, String email) {
    this.salesRep = new Party(id, "Rep " + id, email);
    return this;
  }

  public AccountSnapshots analyst(String id, String email) {
    this.creditAnalyst = new Party(id, "Analyst " + id, email);
    return this;
  }

  public AccountSnapshots manager(String email) {
    this.salesManager = new Party(null, "Manager", email);
    return this;
  }

  public AccountSnapshots noLimit() {
    this.creditLimit = null;
    return this;
  }

  public AccountSnapshots noSegment() {
    this.segment = null;
    return this;
  }

  public AccountSnapshots owing(String exposure, String pastDue) {
    this.exposure = new BigDecimal(exposure);
    this.pastDue = new BigDecimal(pastDue);
    return this;
  }

  public AccountSnapshots trend(PaymentBehaviourSummary.Trend trend) {
    this.trend = trend;
    return this;
  }

  public CloudEvent<PaymentStatusChanged> event() {
    BigDecimal zero = new BigDecimal("0.00");
    PaymentStatusChanged data =
        new PaymentStatusChanged(
            accountId,
            name,
            "EUR",
            creditLimit,
            salesRep,
            creditAnalyst,
            salesManager,
            segment,
            exposure,
            zero,
            pastDue,
            new Aging(exposure.subtract(pastDue), pastDue, zero, zero, zero),
            0,
            List.of(),
            new LedgerCause("ledger-" + accountId + "-" + version, "invoice.issued", null),
            version,
            zero,
            List.of(),
            null,
            new PaymentBehaviourSummary(null, null, trend, 0));
    return CloudEvent.of(
        accountId + ":" + version,
        "/creditbridge/account-service",
        PaymentStatusChanged.TYPE,
        accountId,
        Instant.parse("2026-05-10T08:00:00Z"),
        data);
  }

  public void publish() {
    HoldEvents.publish(Topics.PAYMENT_STATUS, accountId, EventJson.encode(event()));
  }
}
