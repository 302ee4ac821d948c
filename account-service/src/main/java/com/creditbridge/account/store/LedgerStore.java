package com.creditbridge.account.store;

import com.creditbridge.account.ledger.Allocation;
import com.creditbridge.account.ledger.Credit;
import com.creditbridge.account.ledger.CreditKind;
import com.creditbridge.account.ledger.CreditRef;
import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.Ledger;
import com.creditbridge.account.ledger.Payment;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code invoice}, {@code payment} and {@code payment_allocation} tables. */
@Component
public class LedgerStore {

  private static final String INVOICE_COLUMNS =
      "invoice_id, amount, open_amount, issued_on, due_on, disputed";

  private final DatabaseClient db;

  LedgerStore(DatabaseClient db) {
    this.db = db;
  }

  /** The account's open invoices and unapplied credit (oldest first). */
  public Mono<Ledger> load(String accountId, Currency currency) {
    Mono<List<Invoice>> invoices =
        db.sql(
                "select "
                    + INVOICE_COLUMNS
                    + " from invoice where account_id = :accountId"
                    + " and open_amount > 0 and not voided order by due_on, invoice_id")
            .bind("accountId", accountId)
            .map(row -> invoice(row, currency))
            .all()
            .collectList();
    Mono<List<Credit>> credits =
        db.sql(
                "select payment_id, unapplied_amount from payment where account_id = :accountId"
                    + " and unapplied_amount > 0 order by ledger_version")
            .bind("accountId", accountId)
            .map(
                row ->
                    new Credit(
                        CreditRef.payment(row.get("payment_id", String.class)),
                        AccountStore.scaled(
                            row.get("unapplied_amount", BigDecimal.class), currency)))
            .all()
            .collectList();
    // one after the other (not zipped): a transaction has one connection
    return invoices.flatMap(open -> credits.map(unapplied -> new Ledger(open, unapplied)));
  }

  /** Any invoice with this id, open or not. */
  public Mono<Invoice> findInvoice(String accountId, String invoiceId, Currency currency) {
    return db.sql(
            "select "
                + INVOICE_COLUMNS
                + " from invoice where account_id = :accountId and invoice_id = :invoiceId")
        .bind("accountId", accountId)
        .bind("invoiceId", invoiceId)
        .map(row -> invoice(row, currency))
        .one();
  }

  public Mono<Payment> findPayment(String accountId, String paymentId, Currency currency) {
    return db.sql(
            "select payment_id, amount, received_on, invoice_id from payment"
                + " where account_id = :accountId and payment_id = :paymentId")
        .bind("accountId", accountId)
        .bind("paymentId", paymentId)
        .map(
            row ->
                new Payment(
                    row.get("payment_id", String.class),
                    AccountStore.scaled(row.get("amount", BigDecimal.class), currency),
                    row.get("received_on", LocalDate.class),
                    row.get("invoice_id", String.class)))
        .one();
  }

  /** Inserts a new invoice with everything open; allocations then reduce it. */
  public Mono<Void> insertInvoice(String accountId, Invoice invoice, String eventId) {
    return db.sql(
            "insert into invoice (account_id, invoice_id, amount, open_amount, issued_on, due_on,"
                + " event_id) values (:accountId, :invoiceId, :amount, :amount, :issuedOn,"
                + " :dueOn, :eventId)")
        .bind("accountId", accountId)
        .bind("invoiceId", invoice.invoiceId())
        .bind("amount", invoice.amount())
        .bind("issuedOn", invoice.issuedOn())
        .bind("dueOn", invoice.dueOn())
        .bind("eventId", eventId)
        .then();
  }

  /** Inserts a new payment with everything unapplied; allocations then reduce it. */
  public Mono<Void> insertPayment(
      String accountId, Payment payment, long ledgerVersion, String eventId) {
    return AccountStore.bindNullable(
            db.sql(
                    "insert into payment (account_id, payment_id, amount, unapplied_amount,"
                        + " received_on, invoice_id, ledger_version, event_id) values"
                        + " (:accountId, :paymentId, :amount, :amount, :receivedOn, :invoiceId,"
                        + " :version, :eventId)")
                .bind("accountId", accountId)
                .bind("paymentId", payment.paymentId())
                .bind("amount", payment.amount())
                .bind("receivedOn", payment.receivedOn())
                .bind("version", ledgerVersion)
                .bind("eventId", eventId),
            "invoiceId",
            payment.invoiceId(),
            String.class)
        .then();
  }

  /**
   * Records the allocations an event made and moves their money: off the invoice's open amount, off
   * the credit's unapplied amount.
   */
  public Mono<Void> saveAllocations(
      String accountId, List<Allocation> allocations, String eventId) {
    return Flux.fromIterable(allocations)
        .concatMap(allocation -> save(accountId, allocation, eventId))
        .then();
  }

  private Mono<Void> save(String accountId, Allocation allocation, String eventId) {
    if (allocation.credit().kind() != CreditKind.PAYMENT) {
      return Mono.error(new IllegalStateException("not stored yet: " + allocation.credit()));
    }
    String paymentId = allocation.credit().id();
    Mono<Void> invoice =
        db.sql(
                "update invoice set open_amount = open_amount - :amount"
                    + " where account_id = :accountId and invoice_id = :invoiceId")
            .bind("amount", allocation.amount())
            .bind("accountId", accountId)
            .bind("invoiceId", allocation.invoiceId())
            .then();
    Mono<Void> payment =
        db.sql(
                "update payment set unapplied_amount = unapplied_amount - :amount"
                    + " where account_id = :accountId and payment_id = :paymentId")
            .bind("amount", allocation.amount())
            .bind("accountId", accountId)
            .bind("paymentId", paymentId)
            .then();
    Mono<Void> record =
        db.sql(
                "insert into payment_allocation (account_id, payment_id, invoice_id, amount,"
                    + " event_id) values (:accountId, :paymentId, :invoiceId, :amount, :eventId)")
            .bind("accountId", accountId)
            .bind("paymentId", paymentId)
            .bind("invoiceId", allocation.invoiceId())
            .bind("amount", allocation.amount())
            .bind("eventId", eventId)
            .then();
    return invoice.then(payment).then(record);
  }

  private static Invoice invoice(Readable row, Currency currency) {
    return new Invoice(
        row.get("invoice_id", String.class),
        AccountStore.scaled(row.get("amount", BigDecimal.class), currency),
        AccountStore.scaled(row.get("open_amount", BigDecimal.class), currency),
        row.get("issued_on", LocalDate.class),
        row.get("due_on", LocalDate.class),
        row.get("disputed", Boolean.class));
  }
}
