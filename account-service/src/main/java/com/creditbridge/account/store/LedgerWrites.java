package com.creditbridge.account.store;

import static com.creditbridge.platform.sql.UnnestBatch.bigint;
import static com.creditbridge.platform.sql.UnnestBatch.bool;
import static com.creditbridge.platform.sql.UnnestBatch.date;
import static com.creditbridge.platform.sql.UnnestBatch.numeric;
import static com.creditbridge.platform.sql.UnnestBatch.text;
import static com.creditbridge.platform.sql.UnnestBatch.timestamptz;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountBook;
import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.Allocation;
import com.creditbridge.account.ledger.Credit;
import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.LedgerChanges;
import com.creditbridge.account.ledger.Order;
import com.creditbridge.account.ledger.Person;
import com.creditbridge.platform.sql.UnnestBatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Writes what the books' events changed with eleven batched statements, however many events: new
 * and changed accounts, invoices, credits and orders, and the allocation journal. Each statement's
 * columns are the table's, and each value is set by its column's name.
 */
final class LedgerWrites {

  private static final UnnestBatch.Columns ACCOUNT =
      UnnestBatch.columns(
          text("account_id"),
          text("name"),
          text("currency"),
          numeric("credit_limit"),
          text("sales_rep_id"),
          text("sales_rep_name"),
          text("sales_rep_email"),
          text("credit_analyst_id"),
          text("credit_analyst_name"),
          text("credit_analyst_email"),
          text("sales_manager_name"),
          text("sales_manager_email"),
          text("segment"),
          bigint("ledger_version"),
          numeric("received_total"),
          text("credit_group_id"),
          timestamptz("updated_at"));
  private static final UnnestBatch.Columns NEW_INVOICE =
      UnnestBatch.columns(
          text("account_id"),
          text("invoice_id"),
          numeric("amount"),
          numeric("open_amount"),
          date("issued_on"),
          date("due_on"),
          bool("disputed"),
          bool("voided"),
          text("event_id"),
          text("order_id"),
          date("paid_on"));
  private static final UnnestBatch.Columns CHANGED_INVOICE =
      UnnestBatch.columns(
          text("account_id"),
          text("invoice_id"),
          numeric("open_amount"),
          bool("disputed"),
          bool("voided"),
          date("paid_on"));
  private static final UnnestBatch.Columns NEW_CREDIT =
      UnnestBatch.columns(
          text("account_id"),
          text("kind"),
          text("credit_id"),
          numeric("amount"),
          numeric("unapplied_amount"),
          date("received_on"),
          text("invoice_id"),
          bigint("sequence"),
          bool("reversed"),
          text("event_id"));
  private static final UnnestBatch.Columns CHANGED_CREDIT =
      UnnestBatch.columns(
          text("account_id"),
          text("kind"),
          text("credit_id"),
          numeric("unapplied_amount"),
          bool("reversed"));
  private static final UnnestBatch.Columns NEW_ORDER =
      UnnestBatch.columns(
          text("account_id"),
          text("order_id"),
          numeric("amount"),
          numeric("open_amount"),
          numeric("invoiced_amount"),
          date("placed_on"),
          bool("cancelled"),
          text("event_id"));
  private static final UnnestBatch.Columns CHANGED_ORDER =
      UnnestBatch.columns(
          text("account_id"),
          text("order_id"),
          numeric("open_amount"),
          numeric("invoiced_amount"),
          bool("cancelled"));
  private static final UnnestBatch.Columns JOURNAL =
      UnnestBatch.columns(
          text("account_id"),
          text("credit_kind"),
          text("credit_id"),
          text("invoice_id"),
          numeric("amount"),
          text("event_id"));

  private final CreditGroupWrites groups = new CreditGroupWrites();
  private final UnnestBatch newAccounts =
      ACCOUNT.statement(
          "insert into account ("
              + ACCOUNT.names()
              + ", created_at) select "
              + ACCOUNT.names()
              + ", updated_at from "
              + ACCOUNT.rows()
              + " on conflict (account_id) do nothing");
  private final UnnestBatch accounts = ACCOUNT.statement(ACCOUNT.update("account", "account_id"));
  private final UnnestBatch newInvoices = NEW_INVOICE.statement(NEW_INVOICE.insertInto("invoice"));
  private final UnnestBatch invoices =
      CHANGED_INVOICE.statement(CHANGED_INVOICE.update("invoice", "account_id", "invoice_id"));
  private final UnnestBatch newCredits = NEW_CREDIT.statement(NEW_CREDIT.insertInto("credit"));
  private final UnnestBatch credits =
      CHANGED_CREDIT.statement(CHANGED_CREDIT.update("credit", "account_id", "kind", "credit_id"));
  private final UnnestBatch newOrders = NEW_ORDER.statement(NEW_ORDER.insertInto("customer_order"));
  private final UnnestBatch orders =
      CHANGED_ORDER.statement(CHANGED_ORDER.update("customer_order", "account_id", "order_id"));
  private final UnnestBatch journal = JOURNAL.statement(JOURNAL.insertInto("allocation"));

  /** The rows of every book whose account an event changed. */
  LedgerWrites(Collection<AccountBook> books, Instant now) {
    groups.add(books, now);
    for (AccountBook book : books) {
      if (book.accountChanged()) {
        add(book, now);
      }
    }
  }

  /** A new account that a concurrent transaction created first is a {@link LostRace}. */
  Mono<Void> execute(DatabaseClient db) {
    return groups
        .execute(db)
        .then(inserted(db, newAccounts, "an account"))
        .then(accounts.execute(db))
        .then(newInvoices.execute(db))
        .then(invoices.execute(db))
        .then(newCredits.execute(db))
        .then(credits.execute(db))
        .then(newOrders.execute(db))
        .then(orders.execute(db))
        .then(journal.execute(db))
        .then();
  }

  /** Inserts new rows; one a concurrent transaction inserted first is a {@link LostRace}. */
  static Mono<Void> inserted(DatabaseClient db, UnnestBatch inserts, String what) {
    int rows = inserts.size();
    return inserts
        .execute(db)
        .flatMap(
            count ->
                count == rows
                    ? Mono.empty()
                    : Mono.error(new LostRace(what + " was created concurrently")));
  }

  private void add(AccountBook book, Instant now) {
    String accountId = book.accountId();
    account(book.created() ? newAccounts : accounts, book.account(), book.receivedTotal(), now);
    LedgerChanges changes = book.changes();
    for (Invoice i : changes.invoices()) {
      String issuedBy = changes.issuingEvent(i.invoiceId());
      UnnestBatch.Row row =
          (issuedBy == null ? invoices : newInvoices)
              .row()
              .set("account_id", accountId)
              .set("invoice_id", i.invoiceId())
              .set("open_amount", i.openAmount())
              .set("disputed", i.disputed())
              .set("voided", i.voided())
              .set("paid_on", i.paidOn());
      if (issuedBy != null) {
        row.set("amount", i.amount())
            .set("issued_on", i.issuedOn())
            .set("due_on", i.dueOn())
            .set("event_id", issuedBy)
            .set("order_id", i.orderId());
      }
      row.add();
    }
    for (Credit c : changes.credits()) {
      String creditedBy = changes.creditingEvent(c.ref());
      UnnestBatch.Row row =
          (creditedBy == null ? credits : newCredits)
              .row()
              .set("account_id", accountId)
              .set("kind", c.ref().kind().code())
              .set("credit_id", c.ref().id())
              .set("unapplied_amount", c.unapplied())
              .set("reversed", c.reversed());
      if (creditedBy != null) {
        row.set("amount", c.amount())
            .set("received_on", c.receivedOn())
            .set("invoice_id", c.invoiceId())
            .set("sequence", c.sequence())
            .set("event_id", creditedBy);
      }
      row.add();
    }
    for (Order o : changes.orders()) {
      String placedBy = changes.placingEvent(o.orderId());
      UnnestBatch.Row row =
          (placedBy == null ? orders : newOrders)
              .row()
              .set("account_id", accountId)
              .set("order_id", o.orderId())
              .set("open_amount", o.openAmount())
              .set("invoiced_amount", o.invoicedAmount())
              .set("cancelled", o.cancelled());
      if (placedBy != null) {
        row.set("amount", o.amount()).set("placed_on", o.placedOn()).set("event_id", placedBy);
      }
      row.add();
    }
    for (Allocation a : changes.movements()) {
      journal
          .row()
          .set("account_id", accountId)
          .set("credit_kind", a.credit().kind().code())
          .set("credit_id", a.credit().id())
          .set("invoice_id", a.invoiceId())
          .set("amount", a.amount())
          .set("event_id", a.eventId())
          .add();
    }
  }

  private static void account(
      UnnestBatch batch, Account account, BigDecimal receivedTotal, Instant now) {
    AccountProfile p = account.profile();
    Person analyst = p.creditAnalyst();
    Person manager = p.salesManager();
    batch
        .row()
        .set("account_id", account.accountId())
        .set("name", p.name())
        .set("currency", p.currency().getCurrencyCode())
        .set("credit_limit", p.creditLimit())
        .set("sales_rep_id", p.salesRep().id())
        .set("sales_rep_name", p.salesRep().name())
        .set("sales_rep_email", p.salesRep().email())
        .set("credit_analyst_id", analyst == null ? null : analyst.id())
        .set("credit_analyst_name", analyst == null ? null : analyst.name())
        .set("credit_analyst_email", analyst == null ? null : analyst.email())
        .set("sales_manager_name", manager == null ? null : manager.name())
        .set("sales_manager_email", manager == null ? null : manager.email())
        .set("segment", p.segment())
        .set("ledger_version", account.ledgerVersion())
        .set("received_total", receivedTotal)
        .set("credit_group_id", p.creditGroupId())
        .set("updated_at", now)
        .add();
  }
}
