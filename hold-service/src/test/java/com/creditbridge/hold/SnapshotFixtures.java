package com.creditbridge.hold;

import com.creditbridge.contracts.Aging;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.LedgerCause;
import com.creditbridge.contracts.OpenItem;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Account snapshots as the account-service publishes them, for tests. */
public final class SnapshotFixtures {

  public static final Party SALES_REP = new Party("rep-1", "Rita Rep", "rita@example.com");
  public static final Party CREDIT_ANALYST = new Party("ana-1", "Ana Lyst", "ana@example.com");
  public static final Party SALES_MANAGER = new Party(null, "Max Manager", "max@example.com");

  private SnapshotFixtures() {}

  public static OpenItem invoice(String invoiceId, String openAmount, String dueOn) {
    return new OpenItem(invoiceId, new BigDecimal(openAmount), LocalDate.parse(dueOn), false);
  }

  /** A snapshot whose event id is derived from the account and the ledger version. */
  public static CloudEvent<PaymentStatusChanged> snapshot(
      String accountId, long ledgerVersion, OpenItem... openItems) {
    BigDecimal exposure =
        List.of(openItems).stream()
            .map(OpenItem::openAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal zero = new BigDecimal("0.00");
    PaymentStatusChanged data =
        new PaymentStatusChanged(
            accountId,
            "Acme " + accountId,
            "EUR",
            new BigDecimal("10000.00"),
            SALES_REP,
            CREDIT_ANALYST,
            SALES_MANAGER,
            "enterprise",
            exposure,
            zero,
            zero,
            new Aging(exposure, zero, zero, zero, zero),
            openItems.length,
            List.of(openItems),
            new LedgerCause("ledger-" + accountId + "-" + ledgerVersion, "invoice.issued", null),
            ledgerVersion,
            zero);
    return CloudEvent.of(
        "snapshot-" + accountId + "-" + ledgerVersion,
        "/creditbridge/account-service",
        PaymentStatusChanged.TYPE,
        accountId,
        ServiceTest.NOW,
        data);
  }
}
