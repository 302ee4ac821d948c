package com.creditbridge.hold;

import com.creditbridge.contracts.Aging;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditGroupRef;
import com.creditbridge.contracts.LedgerCause;
import com.creditbridge.contracts.OpenItem;
import com.creditbridge.contracts.OpenOrderItem;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Account snapshots for tests: a EUR account with a 10,000.00 limit unless told otherwise. */
public final class AccountSnapshotBuilder {

  private final String accountId;
  private long ledgerVersion = 1;
  private BigDecimal creditLimit = new BigDecimal("10000.00");
  private BigDecimal receivedTotal = new BigDecimal("0.00");
  private Party salesRep = SnapshotFixtures.SALES_REP;
  private Party creditAnalyst = SnapshotFixtures.CREDIT_ANALYST;
  private Party salesManager = SnapshotFixtures.SALES_MANAGER;
  private String name;
  private final List<OpenItem> items = new ArrayList<>();
  private final List<OpenOrderItem> orders = new ArrayList<>();
  private CreditGroupRef group;

  private AccountSnapshotBuilder(String accountId) {
    this.accountId = accountId;
  }

  public static AccountSnapshotBuilder account(String accountId) {
    return new AccountSnapshotBuilder(accountId);
  }

  public AccountSnapshotBuilder version(long version) {
    ledgerVersion = version;
    return this;
  }

  public AccountSnapshotBuilder creditLimit(String limit) {
    creditLimit = limit == null ? null : new BigDecimal(limit);
    return this;
  }

  public AccountSnapshotBuilder receivedTotal(String total) {
    receivedTotal = new BigDecimal(total);
    return this;
  }

  public AccountSnapshotBuilder salesRep(String id) {
    salesRep = new Party(id, "Rep " + id, id + "@example.com");
    return this;
  }

  /** The same sales rep with another email, as when a typo in it is corrected. */
  public AccountSnapshotBuilder salesRepEmail(String email) {
    salesRep = new Party(salesRep.id(), salesRep.name(), email);
    return this;
  }

  /** The credit analyst by email; null for none. */
  public AccountSnapshotBuilder creditAnalyst(String email) {
    creditAnalyst = email == null ? null : new Party("ana-" + email, "Analyst " + email, email);
    return this;
  }

  /** The sales manager by email; null for none. */
  public AccountSnapshotBuilder salesManager(String email) {
    salesManager = email == null ? null : new Party(null, "Manager " + email, email);
    return this;
  }

  public AccountSnapshotBuilder name(String accountName) {
    name = accountName;
    return this;
  }

  public AccountSnapshotBuilder invoice(String invoiceId, String openAmount, String dueOn) {
    items.add(SnapshotFixtures.invoice(invoiceId, openAmount, dueOn));
    return this;
  }

  public AccountSnapshotBuilder order(String orderId, String openAmount, String placedOn) {
    orders.add(new OpenOrderItem(orderId, new BigDecimal(openAmount), LocalDate.parse(placedOn)));
    return this;
  }

  /** The account in this credit group, at this version of the group's name and limit. */
  public AccountSnapshotBuilder group(String groupId, String limit, long groupVersion) {
    group = new CreditGroupRef(groupId, "Group " + groupId, new BigDecimal(limit), groupVersion);
    return this;
  }

  public CloudEvent<PaymentStatusChanged> build() {
    BigDecimal exposure =
        items.stream().map(OpenItem::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal zero = new BigDecimal("0.00");
    PaymentStatusChanged data =
        new PaymentStatusChanged(
            accountId,
            name == null ? "Acme " + accountId : name,
            "EUR",
            creditLimit,
            salesRep,
            creditAnalyst,
            salesManager,
            "enterprise",
            exposure,
            zero,
            zero,
            new Aging(exposure, zero, zero, zero, zero),
            items.size(),
            List.copyOf(items),
            new LedgerCause(
                "ledger-" + accountId + "-" + ledgerVersion,
                "payment.received",
                Instant.parse("2026-05-05T08:59:59Z")),
            ledgerVersion,
            receivedTotal,
            List.copyOf(orders),
            group);
    return CloudEvent.of(
        "snapshot-" + accountId + "-" + ledgerVersion,
        "/creditbridge/account-service",
        PaymentStatusChanged.TYPE,
        accountId,
        ServiceTest.NOW,
        data);
  }
}
