package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The qualifying invoices, oldest {@code dueOn} first (ties by invoice id), with running totals, so
 * that {@code overdue(n)} on any date is a binary search. The past-due rules, the projected hold
 * date and the time-driven changes are all questions about this ladder.
 */
final class PastDueLadder {

  private static final Comparator<OpenInvoice> OLDEST_FIRST =
      Comparator.comparing(OpenInvoice::dueOn).thenComparing(OpenInvoice::invoiceId);

  private final List<OpenInvoice> invoices;
  private final BigDecimal[] runningTotals;

  private PastDueLadder(List<OpenInvoice> invoices) {
    this.invoices = invoices;
    this.runningTotals = new BigDecimal[invoices.size() + 1];
    runningTotals[0] = BigDecimal.ZERO;
    for (int i = 0; i < invoices.size(); i++) {
      runningTotals[i + 1] = runningTotals[i].add(invoices.get(i).openAmount());
    }
  }

  static PastDueLadder of(List<OpenInvoice> openInvoices) {
    return new PastDueLadder(
        openInvoices.stream().filter(OpenInvoice::qualifies).sorted(OLDEST_FIRST).toList());
  }

  boolean isEmpty() {
    return invoices.isEmpty();
  }

  /** The qualifying invoices more than {@code days} past due on {@code on}, summed. */
  PastDue overdue(int days, LocalDate on) {
    int count = countDueOnOrBefore(on.minusDays(days + 1L));
    return new PastDue(count, runningTotals[count], count == 0 ? null : invoices.get(0));
  }

  /**
   * The first date on which {@code overdue(days)} exceeds {@code tolerance}, ignoring today: it may
   * be in the past. Empty when the qualifying invoices together never exceed it.
   */
  Optional<LocalDate> firstDateOverdueExceeds(int days, BigDecimal tolerance) {
    for (int count = 1; count <= invoices.size(); count++) {
      if (runningTotals[count].compareTo(tolerance) > 0) {
        return Optional.of(invoices.get(count - 1).dueOn().plusDays(days + 1L));
      }
    }
    return Optional.empty();
  }

  /** The dates on which an invoice becomes more than {@code days} past due. */
  List<LocalDate> crossings(int days) {
    return invoices.stream().map(invoice -> invoice.dueOn().plusDays(days + 1L)).toList();
  }

  private int countDueOnOrBefore(LocalDate latestDueOn) {
    int low = 0;
    int high = invoices.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (invoices.get(middle).dueOn().isAfter(latestDueOn)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /**
   * The qualifying invoices past a threshold: how many, their open total, and the oldest of them.
   */
  record PastDue(int count, BigDecimal amount, OpenInvoice oldest) {}
}
