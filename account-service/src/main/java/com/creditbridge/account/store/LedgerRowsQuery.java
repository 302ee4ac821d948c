package com.creditbridge.account.store;

import com.creditbridge.account.ledger.Allocation;
import com.creditbridge.account.ledger.Credit;
import com.creditbridge.account.ledger.CreditGroup;
import com.creditbridge.account.ledger.CreditKind;
import com.creditbridge.account.ledger.CreditRef;
import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.Order;
import com.creditbridge.account.store.LoadPlan.AccountAllocation;
import com.creditbridge.account.store.LoadPlan.AccountCredit;
import com.creditbridge.account.store.LoadPlan.AccountInvoice;
import com.creditbridge.account.store.LoadPlan.AccountOrder;
import com.creditbridge.account.store.LoadPlan.Locked;
import com.creditbridge.account.store.LoadPlan.Refs;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The reads that load account books: the locked account rows, invoices, credits and allocations,
 * each one statement for the whole chunk (the named rows are passed as parallel arrays and {@code
 * unnest}ed). Rows are read by column name.
 */
final class LedgerRowsQuery {

  static final String INVOICE_COLUMNS =
      "account_id, invoice_id, amount, open_amount, issued_on, due_on, disputed, voided,"
          + " order_id, paid_on";
  static final String ORDER_COLUMNS =
      "account_id, order_id, amount, open_amount, invoiced_amount, placed_on, cancelled";
  private static final String CREDIT_COLUMNS =
      "account_id, kind, credit_id, amount, unapplied_amount, received_on, invoice_id, sequence,"
          + " reversed";

  private final DatabaseClient db;

  LedgerRowsQuery(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Locks the existing accounts among {@code accountIds} in id order (so concurrent chunks never
   * deadlock on them) until the transaction ends.
   */
  Mono<List<Locked>> lock(Collection<String> accountIds) {
    return db.sql(
            "select "
                + AccountStore.COLUMNS
                + ", received_total, exists (select 1 from invoice i where i.account_id ="
                + " a.account_id) or exists (select 1 from credit c where c.account_id ="
                + " a.account_id) or exists (select 1 from customer_order o where o.account_id ="
                + " a.account_id) as has_entries, "
                + AccountStore.GROUP_COLUMNS
                + " from account a"
                + AccountStore.GROUP_JOIN
                + " where account_id = any(cast(:ids as varchar[])) order by account_id"
                + " for update of a")
        .bind("ids", accountIds.toArray(String[]::new))
        .map(LedgerRowsQuery::locked)
        .all()
        .collectList();
  }

  /** The open invoices of {@code openOf} and the invoices {@code named}. */
  Mono<List<AccountInvoice>> invoices(String[] openOf, Refs named) {
    return db.sql(
            "select "
                + INVOICE_COLUMNS
                + " from invoice where account_id = any(cast(:ids as varchar[]))"
                + " and open_amount > 0 and not voided"
                + " union select "
                + INVOICE_COLUMNS
                + " from invoice where (account_id, invoice_id) in (select * from"
                + " unnest(cast(:accounts as varchar[]), cast(:invoices as varchar[])))")
        .bind("ids", openOf)
        .bind("accounts", named.invoiceAccounts.toArray(String[]::new))
        .bind("invoices", named.invoiceIds.toArray(String[]::new))
        .map(row -> new AccountInvoice(row.get("account_id", String.class), invoice(row)))
        .all()
        .collectList();
  }

  /** The credits with money unapplied of {@code unappliedOf} and the credits {@code named}. */
  Mono<List<AccountCredit>> credits(String[] unappliedOf, Refs named) {
    return db.sql(
            "select "
                + CREDIT_COLUMNS
                + " from credit where account_id = any(cast(:ids as varchar[]))"
                + " and unapplied_amount > 0"
                + " union select "
                + CREDIT_COLUMNS
                + " from credit where (account_id, kind, credit_id) in (select * from"
                + " unnest(cast(:accounts as varchar[]), cast(:kinds as varchar[]),"
                + " cast(:credits as varchar[])))")
        .bind("ids", unappliedOf)
        .bind("accounts", named.creditAccounts.toArray(String[]::new))
        .bind("kinds", named.creditKinds.toArray(String[]::new))
        .bind("credits", named.creditIds.toArray(String[]::new))
        .map(row -> new AccountCredit(row.get("account_id", String.class), credit(row)))
        .all()
        .collectList();
  }

  /**
   * Locks the credit groups that upserts name, in id order, until the transaction ends: the last
   * upsert naming a group sets its terms, and concurrent ones apply one after the other.
   */
  Mono<List<CreditGroup>> lockGroups(String[] groupIds) {
    return db.sql(
            "select "
                + AccountStore.GROUP_COLUMNS
                + " from credit_group where group_id = any(cast(:ids as varchar[]))"
                + " order by group_id for update")
        .bind("ids", groupIds)
        .map(AccountStore::group)
        .all()
        .collectList();
  }

  /** The open orders of {@code openOf} and the orders {@code named}. */
  Mono<List<AccountOrder>> orders(String[] openOf, Refs named) {
    return db.sql(
            "select "
                + ORDER_COLUMNS
                + " from customer_order where account_id = any(cast(:ids as varchar[]))"
                + " and open_amount > 0 and not cancelled"
                + " union select "
                + ORDER_COLUMNS
                + " from customer_order where (account_id, order_id) in (select * from"
                + " unnest(cast(:accounts as varchar[]), cast(:orders as varchar[])))")
        .bind("ids", openOf)
        .bind("accounts", named.orderAccounts.toArray(String[]::new))
        .bind("orders", named.orderIds.toArray(String[]::new))
        .map(row -> new AccountOrder(row.get("account_id", String.class), order(row)))
        .all()
        .collectList();
  }

  /** The net allocations on the voided invoices and from the reversed credits. */
  Mono<List<AccountAllocation>> allocations(Refs unwound) {
    return db.sql(
            "select account_id, credit_kind, credit_id, invoice_id, sum(amount) as amount"
                + " from allocation where (account_id, invoice_id) in (select * from"
                + " unnest(cast(:invAccounts as varchar[]), cast(:invoices as varchar[])))"
                + " or (account_id, credit_kind, credit_id) in (select * from"
                + " unnest(cast(:crAccounts as varchar[]), cast(:kinds as varchar[]),"
                + " cast(:credits as varchar[])))"
                + " group by account_id, credit_kind, credit_id, invoice_id"
                + " having sum(amount) <> 0")
        .bind("invAccounts", unwound.invoiceAccounts.toArray(String[]::new))
        .bind("invoices", unwound.invoiceIds.toArray(String[]::new))
        .bind("crAccounts", unwound.creditAccounts.toArray(String[]::new))
        .bind("kinds", unwound.creditKinds.toArray(String[]::new))
        .bind("credits", unwound.creditIds.toArray(String[]::new))
        .map(
            row ->
                new AccountAllocation(
                    row.get("account_id", String.class),
                    new Allocation(
                        new CreditRef(
                            CreditKind.ofCode(row.get("credit_kind", String.class)),
                            row.get("credit_id", String.class)),
                        row.get("invoice_id", String.class),
                        row.get("amount", BigDecimal.class),
                        null)))
        .all()
        .collectList();
  }

  private static Locked locked(Readable row) {
    var account = AccountStore.account(row);
    return new Locked(
        account,
        AccountStore.group(row),
        row.get("has_entries", Boolean.class),
        AccountStore.scaled(
            row.get("received_total", BigDecimal.class), account.profile().currency()));
  }

  /** A row of {@link #INVOICE_COLUMNS}; amounts as stored, at the column's scale. */
  static Invoice invoice(Readable row) {
    return new Invoice(
        row.get("invoice_id", String.class),
        row.get("amount", BigDecimal.class),
        row.get("open_amount", BigDecimal.class),
        row.get("issued_on", LocalDate.class),
        row.get("due_on", LocalDate.class),
        row.get("disputed", Boolean.class),
        row.get("voided", Boolean.class),
        row.get("order_id", String.class),
        row.get("paid_on", LocalDate.class));
  }

  /** A row of {@link #ORDER_COLUMNS}; amounts as stored, at the column's scale. */
  static Order order(Readable row) {
    return new Order(
        row.get("order_id", String.class),
        row.get("amount", BigDecimal.class),
        row.get("open_amount", BigDecimal.class),
        row.get("invoiced_amount", BigDecimal.class),
        row.get("placed_on", LocalDate.class),
        row.get("cancelled", Boolean.class));
  }

  private static Credit credit(Readable row) {
    return new Credit(
        new CreditRef(
            CreditKind.ofCode(row.get("kind", String.class)), row.get("credit_id", String.class)),
        row.get("amount", BigDecimal.class),
        row.get("unapplied_amount", BigDecimal.class),
        row.get("received_on", LocalDate.class),
        row.get("invoice_id", String.class),
        row.get("sequence", Long.class),
        row.get("reversed", Boolean.class));
  }
}
