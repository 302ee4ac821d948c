package com.creditbridge.account.store;

import com.creditbridge.account.behaviour.PaidInvoice;
import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.InvoiceStatus;
import com.creditbridge.account.ledger.Order;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads of invoices and credits for the GET endpoints. */
@Component
public class LedgerReads {

  private final DatabaseClient db;

  LedgerReads(DatabaseClient db) {
    this.db = db;
  }

  /** The open invoices of each account (disputed included). */
  public Mono<Map<String, Collection<Invoice>>> openInvoices(Collection<String> accountIds) {
    return db.sql(
            "select "
                + LedgerRowsQuery.INVOICE_COLUMNS
                + " from invoice where account_id = any(cast(:ids as varchar[]))"
                + " and open_amount > 0 and not voided")
        .bind("ids", accountIds.toArray(String[]::new))
        .map(row -> Map.entry(row.get("account_id", String.class), LedgerRowsQuery.invoice(row)))
        .all()
        .collectMultimap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** The open orders of each account that has some. */
  public Mono<Map<String, Collection<Order>>> openOrders(Collection<String> accountIds) {
    return db.sql(
            "select "
                + LedgerRowsQuery.ORDER_COLUMNS
                + " from customer_order where account_id = any(cast(:ids as varchar[]))"
                + " and open_amount > 0 and not cancelled")
        .bind("ids", accountIds.toArray(String[]::new))
        .map(row -> Map.entry(row.get("account_id", String.class), LedgerRowsQuery.order(row)))
        .all()
        .collectMultimap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** Where a page of orders starts: after this day placed and order id. */
  public record OrderKey(LocalDate placedOn, String orderId) {}

  /**
   * An account's orders, oldest placed first (ties by id), after {@code after}.
   *
   * @param openOnly only the open ones (not cancelled, not fully invoiced)
   * @param after null for the first page
   */
  public Mono<List<Order>> orders(String accountId, boolean openOnly, OrderKey after, int limit) {
    GenericExecuteSpec spec =
        db.sql(
                "select "
                    + LedgerRowsQuery.ORDER_COLUMNS
                    + " from customer_order where account_id = :accountId"
                    + (openOnly ? " and open_amount > 0 and not cancelled" : "")
                    + (after == null ? "" : " and (placed_on, order_id) > (:placedOn, :orderId)")
                    + " order by placed_on, order_id limit :limit")
            .bind("accountId", accountId)
            .bind("limit", limit);
    if (after != null) {
      spec = spec.bind("placedOn", after.placedOn()).bind("orderId", after.orderId());
    }
    return spec.map(LedgerRowsQuery::order).all().collectList();
  }

  /** The invoices of each account fully paid after {@code after} (voided ones are not paid). */
  public Mono<Map<String, Collection<PaidInvoice>>> paidInvoices(
      Collection<String> accountIds, LocalDate after) {
    return db.sql(
            "select account_id, amount, due_on, paid_on from invoice"
                + " where account_id = any(cast(:ids as varchar[])) and paid_on > :after"
                + " and not voided")
        .bind("ids", accountIds.toArray(String[]::new))
        .bind("after", after)
        .map(
            row ->
                Map.entry(
                    row.get("account_id", String.class),
                    new PaidInvoice(
                        row.get("amount", BigDecimal.class),
                        row.get("due_on", LocalDate.class),
                        row.get("paid_on", LocalDate.class))))
        .all()
        .collectMultimap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** The unapplied credit of each account that has some. */
  public Mono<Map<String, BigDecimal>> unappliedCredit(Collection<String> accountIds) {
    return db.sql(
            "select account_id, sum(unapplied_amount) as unapplied from credit"
                + " where account_id = any(cast(:ids as varchar[])) and unapplied_amount > 0"
                + " group by account_id")
        .bind("ids", accountIds.toArray(String[]::new))
        .map(
            row ->
                Map.entry(
                    row.get("account_id", String.class), row.get("unapplied", BigDecimal.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** Where a page of invoices starts: after this due date and invoice id. */
  public record InvoiceKey(LocalDate dueOn, String invoiceId) {}

  /**
   * An account's invoices, oldest due first (ties by id), after {@code after}.
   *
   * @param status null for every invoice
   * @param after null for the first page
   */
  public Mono<List<Invoice>> invoices(
      String accountId, InvoiceStatus status, InvoiceKey after, int limit) {
    String filter =
        status == null
            ? ""
            : switch (status) {
              case OPEN -> " and open_amount > 0 and not voided";
              case PAID -> " and open_amount = 0 and not voided";
              case VOIDED -> " and voided";
            };
    GenericExecuteSpec spec =
        db.sql(
                "select "
                    + LedgerRowsQuery.INVOICE_COLUMNS
                    + " from invoice where account_id = :accountId"
                    + filter
                    + (after == null ? "" : " and (due_on, invoice_id) > (:dueOn, :invoiceId)")
                    + " order by due_on, invoice_id limit :limit")
            .bind("accountId", accountId)
            .bind("limit", limit);
    if (after != null) {
      spec = spec.bind("dueOn", after.dueOn()).bind("invoiceId", after.invoiceId());
    }
    return spec.map(LedgerRowsQuery::invoice).all().collectList();
  }
}
