package com.creditbridge.account.store;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountBook;
import com.creditbridge.account.ledger.Allocation;
import com.creditbridge.account.ledger.Credit;
import com.creditbridge.account.ledger.CreditKind;
import com.creditbridge.account.ledger.CreditRef;
import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.LedgerEvent;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Loads the {@link AccountBook}s a batch of events needs, locking their account rows, and writes
 * back what the events changed — a fixed number of statements per batch, however many events.
 */
@Component
public class AccountBooks {

  static final String INVOICE_COLUMNS =
      "account_id, invoice_id, amount, open_amount, issued_on, due_on, disputed, voided";
  private static final String CREDIT_COLUMNS =
      "account_id, kind, credit_id, amount, unapplied_amount, received_on, invoice_id, sequence,"
          + " reversed";

  private static final String ACCOUNT_ROWS =
      BatchStatement.rows(
          "id", "n", "cur", "lim", "rep", "repn", "repe", "ca", "can", "cae", "smn", "sme", "seg",
          "v", "rt", "ts");

  private final DatabaseClient db;

  AccountBooks(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Locks the existing accounts among {@code accountIds} (in id order, so concurrent batches never
   * deadlock on them) until the transaction ends, and loads what {@code events} need: every open
   * invoice and unapplied credit, the invoices and credits the events name, and for voids and
   * reversals every allocation on the voided invoice or from the reversed payment, with the credits
   * and invoices on their other side. Accounts that do not exist get an empty book.
   */
  public Mono<Map<String, AccountBook>> lockAndLoad(
      Collection<String> accountIds, Collection<LedgerEvent> events) {
    String[] ids = accountIds.toArray(String[]::new);
    return db.sql(
            "select "
                + AccountStore.COLUMNS
                + ", received_total, exists (select 1 from invoice i where i.account_id ="
                + " a.account_id) or exists (select 1 from credit c where c.account_id ="
                + " a.account_id) as has_entries from account a"
                + " where account_id = any(cast(:ids as varchar[])) order by account_id for update")
        .bind("ids", ids)
        .map(row -> new Locked(AccountStore.account(row), row))
        .all()
        .collectList()
        .flatMap(locked -> load(accountIds, locked, events));
  }

  private record Locked(Account account, boolean hasEntries, BigDecimal receivedTotal) {
    Locked(Account account, Readable row) {
      this(
          account,
          row.get("has_entries", Boolean.class),
          AccountStore.scaled(
              row.get("received_total", BigDecimal.class), account.profile().currency()));
    }
  }

  private Mono<Map<String, AccountBook>> load(
      Collection<String> accountIds, List<Locked> locked, Collection<LedgerEvent> events) {
    Map<String, Locked> existing = new LinkedHashMap<>();
    locked.forEach(l -> existing.put(l.account().accountId(), l));
    Map<String, AccountBook> books = new LinkedHashMap<>();
    if (existing.isEmpty()) {
      accountIds.forEach(id -> books.put(id, AccountBook.absent(id)));
      return Mono.just(books);
    }
    Refs named = new Refs();
    Refs unwound = new Refs();
    for (LedgerEvent event : events) {
      if (!existing.containsKey(event.accountId())) {
        continue;
      }
      named.add(event.accountId(), event.invoiceRef(), event.creditRef());
      if (event.unwindsAllocations()) {
        unwound.add(event.accountId(), event.invoiceRef(), event.creditRef());
      }
    }
    String[] ids = existing.keySet().toArray(String[]::new);
    Entries entries = new Entries();
    return invoices(ids, named)
        .doOnNext(entries::addInvoices)
        .then(credits(ids, named).doOnNext(entries::addCredits))
        .then(
            unwound.isEmpty()
                ? Mono.empty()
                : allocations(unwound)
                    .doOnNext(entries.allocations::addAll)
                    .flatMap(allocations -> otherSides(allocations, entries)))
        .then(
            Mono.fromSupplier(
                () -> {
                  for (String id : accountIds) {
                    Locked l = existing.get(id);
                    books.put(
                        id,
                        l == null
                            ? AccountBook.absent(id)
                            : AccountBook.of(
                                l.account(),
                                l.hasEntries(),
                                l.receivedTotal(),
                                entries.invoices.getOrDefault(id, Map.of()).values(),
                                entries.credits.getOrDefault(id, Map.of()).values(),
                                entries.allocationsOf(id)));
                  }
                  return books;
                }));
  }

  /** The invoices and credits on the other side of the loaded allocations, when not loaded yet. */
  private Mono<Void> otherSides(List<AccountAllocation> allocations, Entries entries) {
    Refs missing = new Refs();
    for (AccountAllocation a : allocations) {
      if (!entries.hasInvoice(a.accountId(), a.allocation().invoiceId())) {
        missing.add(a.accountId(), a.allocation().invoiceId(), null);
      }
      if (!entries.hasCredit(a.accountId(), a.allocation().credit())) {
        missing.add(a.accountId(), null, a.allocation().credit());
      }
    }
    if (missing.isEmpty()) {
      return Mono.empty();
    }
    String[] none = new String[0];
    return invoices(none, missing)
        .doOnNext(entries::addInvoices)
        .then(credits(none, missing).doOnNext(entries::addCredits))
        .then();
  }

  private Mono<List<AccountInvoice>> invoices(String[] openOf, Refs named) {
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

  private Mono<List<AccountCredit>> credits(String[] unappliedOf, Refs named) {
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

  /** The net allocations on the voided invoices and from the reversed credits. */
  private Mono<List<AccountAllocation>> allocations(Refs unwound) {
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

  /**
   * Writes what the books' events changed: the account rows (version, profile, received total), new
   * and changed invoices and credits, and the allocation journal. A new account that a concurrent
   * transaction created first is a {@link LostRace}.
   */
  public Mono<Void> save(Collection<AccountBook> books, Instant now) {
    BatchStatement newAccounts =
        new BatchStatement(
            "insert into account ("
                + AccountStore.COLUMNS
                + ", received_total, created_at, updated_at) select id, n, cur, cast(lim as"
                + " numeric), rep, repn, repe, ca, can, cae, smn, sme, seg, cast(v as bigint),"
                + " cast(rt as numeric), cast(ts as timestamptz), cast(ts as timestamptz) from "
                + ACCOUNT_ROWS
                + " on conflict (account_id) do nothing",
            AccountStore.ROW_LENGTH);
    BatchStatement accounts =
        new BatchStatement(
            "update account set name = n, currency = cur, credit_limit = cast(lim as numeric),"
                + " sales_rep_id = rep, sales_rep_name = repn, sales_rep_email = repe,"
                + " credit_analyst_id = ca, credit_analyst_name = can, credit_analyst_email = cae,"
                + " sales_manager_name = smn, sales_manager_email = sme, segment = seg,"
                + " ledger_version = cast(v as bigint), received_total = cast(rt as numeric),"
                + " updated_at = cast(ts as timestamptz) from "
                + ACCOUNT_ROWS
                + " where account_id = id",
            AccountStore.ROW_LENGTH);
    BatchStatement newInvoices =
        new BatchStatement(
            "insert into invoice (account_id, invoice_id, amount, open_amount, issued_on, due_on,"
                + " disputed, voided, event_id) select a, i, cast(amt as numeric), cast(o as"
                + " numeric), cast(iss as date), cast(due as date), cast(d as boolean), cast(v as"
                + " boolean), e from "
                + BatchStatement.rows("a", "i", "amt", "o", "iss", "due", "d", "v", "e"),
            9);
    BatchStatement invoices =
        new BatchStatement(
            "update invoice set open_amount = cast(o as numeric), disputed = cast(d as boolean),"
                + " voided = cast(v as boolean) from "
                + BatchStatement.rows("a", "i", "o", "d", "v")
                + " where account_id = a and invoice_id = i",
            5);
    BatchStatement newCredits =
        new BatchStatement(
            "insert into credit ("
                + CREDIT_COLUMNS
                + ", event_id) select a, k, c, cast(amt as numeric), cast(u as numeric), cast(r as"
                + " date), i, cast(s as bigint), cast(rev as boolean), e from "
                + BatchStatement.rows("a", "k", "c", "amt", "u", "r", "i", "s", "rev", "e"),
            10);
    BatchStatement credits =
        new BatchStatement(
            "update credit set unapplied_amount = cast(u as numeric), reversed = cast(rev as"
                + " boolean) from "
                + BatchStatement.rows("a", "k", "c", "u", "rev")
                + " where account_id = a and kind = k and credit_id = c",
            5);
    BatchStatement journal =
        new BatchStatement(
            "insert into allocation (account_id, credit_kind, credit_id, invoice_id, amount,"
                + " event_id) select a, k, c, i, cast(amt as numeric), e from "
                + BatchStatement.rows("a", "k", "c", "i", "amt", "e"),
            6);
    for (AccountBook book : books) {
      if (!book.accountChanged()) {
        continue;
      }
      String accountId = book.accountId();
      Object[] row = AccountStore.row(book.account(), book.receivedTotal(), now);
      (book.created() ? newAccounts : accounts).row(row);
      for (Invoice i : book.changes().invoices()) {
        String issuedBy = book.changes().issuingEvent(i.invoiceId());
        if (issuedBy != null) {
          newInvoices.row(
              accountId,
              i.invoiceId(),
              i.amount(),
              i.openAmount(),
              i.issuedOn(),
              i.dueOn(),
              i.disputed(),
              i.voided(),
              issuedBy);
        } else {
          invoices.row(accountId, i.invoiceId(), i.openAmount(), i.disputed(), i.voided());
        }
      }
      for (Credit c : book.changes().credits()) {
        String creditedBy = book.changes().creditingEvent(c.ref());
        if (creditedBy != null) {
          newCredits.row(
              accountId,
              c.ref().kind().code(),
              c.ref().id(),
              c.amount(),
              c.unapplied(),
              c.receivedOn(),
              c.invoiceId(),
              c.sequence(),
              c.reversed(),
              creditedBy);
        } else {
          credits.row(accountId, c.ref().kind().code(), c.ref().id(), c.unapplied(), c.reversed());
        }
      }
      for (Allocation a : book.changes().movements()) {
        journal.row(
            accountId,
            a.credit().kind().code(),
            a.credit().id(),
            a.invoiceId(),
            a.amount(),
            a.eventId());
      }
    }
    int created = newAccounts.size();
    return newAccounts
        .execute(db)
        .flatMap(
            count ->
                count == created
                    ? Mono.empty()
                    : Mono.error(new LostRace("an account was created concurrently")))
        .then(accounts.execute(db))
        .then(newInvoices.execute(db))
        .then(invoices.execute(db))
        .then(newCredits.execute(db))
        .then(credits.execute(db))
        .then(journal.execute(db))
        .then();
  }

  static Invoice invoice(Readable row) {
    return new Invoice(
        row.get("invoice_id", String.class),
        row.get("amount", BigDecimal.class),
        row.get("open_amount", BigDecimal.class),
        row.get("issued_on", LocalDate.class),
        row.get("due_on", LocalDate.class),
        row.get("disputed", Boolean.class),
        row.get("voided", Boolean.class));
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

  private record AccountInvoice(String accountId, Invoice invoice) {}

  private record AccountCredit(String accountId, Credit credit) {}

  private record AccountAllocation(String accountId, Allocation allocation) {}

  /** Invoices and credits named by events, as parallel arrays for {@code unnest}. */
  private static final class Refs {
    final List<String> invoiceAccounts = new ArrayList<>();
    final List<String> invoiceIds = new ArrayList<>();
    final List<String> creditAccounts = new ArrayList<>();
    final List<String> creditKinds = new ArrayList<>();
    final List<String> creditIds = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    void add(String accountId, String invoiceId, CreditRef credit) {
      if (invoiceId != null && seen.add(accountId + "\u0000i\u0000" + invoiceId)) {
        invoiceAccounts.add(accountId);
        invoiceIds.add(invoiceId);
      }
      if (credit != null
          && seen.add(accountId + "\u0000" + credit.kind().code() + "\u0000" + credit.id())) {
        creditAccounts.add(accountId);
        creditKinds.add(credit.kind().code());
        creditIds.add(credit.id());
      }
    }

    boolean isEmpty() {
      return seen.isEmpty();
    }
  }

  /** What was loaded, by account. Amounts are scaled to the currency when the books are built. */
  private static final class Entries {
    final Map<String, Map<String, Invoice>> invoices = new HashMap<>();
    final Map<String, Map<CreditRef, Credit>> credits = new HashMap<>();
    final List<AccountAllocation> allocations = new ArrayList<>();

    void addInvoices(List<AccountInvoice> loaded) {
      loaded.forEach(
          l ->
              invoices
                  .computeIfAbsent(l.accountId(), a -> new HashMap<>())
                  .put(l.invoice().invoiceId(), l.invoice()));
    }

    void addCredits(List<AccountCredit> loaded) {
      loaded.forEach(
          l ->
              credits
                  .computeIfAbsent(l.accountId(), a -> new HashMap<>())
                  .put(l.credit().ref(), l.credit()));
    }

    boolean hasInvoice(String accountId, String invoiceId) {
      return invoices.getOrDefault(accountId, Map.of()).containsKey(invoiceId);
    }

    boolean hasCredit(String accountId, CreditRef credit) {
      return credits.getOrDefault(accountId, Map.of()).containsKey(credit);
    }

    List<Allocation> allocationsOf(String accountId) {
      return allocations.stream()
          .filter(a -> a.accountId().equals(accountId))
          .map(AccountAllocation::allocation)
          .toList();
    }
  }
}
