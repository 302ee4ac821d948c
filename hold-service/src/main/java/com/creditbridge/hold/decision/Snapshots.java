package com.creditbridge.hold.decision;

import com.creditbridge.contracts.OpenItem;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.hold.policy.AccountLedger;
import com.creditbridge.hold.policy.OpenInvoice;
import java.util.Objects;

/** Reads the policy's input out of an account snapshot. */
final class Snapshots {

  private Snapshots() {}

  /**
   * The ledger part of the policy's input.
   *
   * @throws InvalidSnapshotException when a field the policy needs is missing
   */
  static AccountLedger ledgerOf(PaymentStatusChanged snapshot) {
    try {
      Objects.requireNonNull(snapshot.accountId(), "accountId");
      return new AccountLedger(
          snapshot.currency(),
          snapshot.creditLimit(),
          snapshot.unappliedCredit(),
          snapshot.openItems().stream().map(Snapshots::invoiceOf).toList());
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new InvalidSnapshotException(
          "snapshot of account " + snapshot.accountId() + " is incomplete: " + e.getMessage(), e);
    }
  }

  private static OpenInvoice invoiceOf(OpenItem item) {
    return new OpenInvoice(item.invoiceId(), item.openAmount(), item.dueOn(), item.disputed());
  }
}
