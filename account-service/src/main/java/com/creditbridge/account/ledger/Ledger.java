package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The receivables of one account: its open invoices and its unapplied credit, and the one place
 * where money is allocated to invoices. Immutable; every change returns a {@link Posting}.
 *
 * <p>Allocation (contract.md): credit that names an invoice goes to it first; anything else goes to
 * open undisputed invoices oldest {@code dueOn} first (ties by invoice id); what is left stays
 * unapplied and is applied the same way whenever an invoice can take it.
 *
 * @param openInvoices kept sorted oldest due first; invoices with nothing open are dropped
 * @param credits in the order they are used up (oldest first); credits with nothing left are
 *     dropped
 */
public record Ledger(List<Invoice> openInvoices, List<Credit> credits) {

  public Ledger {
    openInvoices =
        openInvoices.stream().filter(Invoice::isOpen).sorted(Invoice.OLDEST_DUE_FIRST).toList();
    credits = credits.stream().filter(c -> c.unapplied().signum() > 0).toList();
  }

  public static Ledger empty() {
    return new Ledger(List.of(), List.of());
  }

  public BigDecimal unappliedCredit() {
    return credits.stream().map(Credit::unapplied).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal openTotal() {
    return openInvoices.stream().map(Invoice::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Optional<Invoice> openInvoice(String invoiceId) {
    return openInvoices.stream().filter(i -> i.invoiceId().equals(invoiceId)).findFirst();
  }

  /** Adds a new invoice; unapplied credit is absorbed into it. */
  public Posting issue(Invoice invoice) {
    if (openInvoice(invoice.invoiceId()).isPresent()) {
      throw new IllegalArgumentException("invoice already in the ledger: " + invoice.invoiceId());
    }
    List<Invoice> invoices = new ArrayList<>(openInvoices);
    invoices.add(invoice);
    return new Ledger(invoices, credits).settle();
  }

  /**
   * Applies new credit (a payment): to {@code invoiceId} first when given and still open (even if
   * disputed: the customer said what it pays), then like any unapplied credit.
   *
   * @param invoiceId nullable
   */
  public Posting receive(CreditRef credit, BigDecimal amount, String invoiceId) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("credit must be positive: " + amount);
    }
    List<Allocation> allocations = new ArrayList<>();
    List<Invoice> invoices = new ArrayList<>(openInvoices);
    BigDecimal left = amount;
    if (invoiceId != null) {
      for (int i = 0; i < invoices.size(); i++) {
        Invoice target = invoices.get(i);
        if (target.invoiceId().equals(invoiceId)) {
          BigDecimal applied = left.min(target.openAmount());
          invoices.set(i, target.reducedBy(applied));
          allocations.add(new Allocation(credit, invoiceId, applied));
          left = left.subtract(applied);
        }
      }
    }
    List<Credit> withNew = new ArrayList<>(credits);
    withNew.add(new Credit(credit, left));
    Posting settled = new Ledger(invoices, withNew).settle();
    allocations.addAll(settled.allocations());
    return new Posting(settled.ledger(), allocations);
  }

  /**
   * Applies unapplied credit, oldest credit first, to qualifying invoices, oldest due first. After
   * it, either no credit is left or no invoice qualifies.
   */
  public Posting settle() {
    List<Invoice> invoices = new ArrayList<>(openInvoices);
    List<Credit> remaining = new ArrayList<>(credits);
    List<Allocation> allocations = new ArrayList<>();
    for (int c = 0; c < remaining.size(); c++) {
      for (int i = 0; i < invoices.size() && remaining.get(c).unapplied().signum() > 0; i++) {
        Invoice invoice = invoices.get(i);
        if (!invoice.qualifies()) {
          continue;
        }
        Credit credit = remaining.get(c);
        BigDecimal applied = credit.unapplied().min(invoice.openAmount());
        invoices.set(i, invoice.reducedBy(applied));
        remaining.set(c, credit.reducedBy(applied));
        allocations.add(new Allocation(credit.ref(), invoice.invoiceId(), applied));
      }
    }
    return new Posting(new Ledger(invoices, remaining), allocations);
  }
}
