package com.creditbridge.account.store;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountBook;
import com.creditbridge.account.ledger.AccountUpserted;
import com.creditbridge.account.ledger.Allocation;
import com.creditbridge.account.ledger.Credit;
import com.creditbridge.account.ledger.CreditGroup;
import com.creditbridge.account.ledger.CreditGroups;
import com.creditbridge.account.ledger.CreditRef;
import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.account.ledger.Order;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a chunk of events needs loaded, and what was loaded, until the books are built: every open
 * invoice and unapplied credit of the locked accounts, the invoices and credits the events name,
 * and for events that unwind allocations (voids, reversals) those allocations with the invoices and
 * credits on their other side. No SQL here: {@link LedgerRowsQuery} runs the reads.
 */
final class LoadPlan {

  /**
   * A locked account row.
   *
   * @param creditGroup the group it is in, read with it; null when none
   */
  record Locked(
      Account account, CreditGroup creditGroup, boolean hasEntries, BigDecimal receivedTotal) {}

  record AccountInvoice(String accountId, Invoice invoice) {}

  record AccountCredit(String accountId, Credit credit) {}

  record AccountAllocation(String accountId, Allocation allocation) {}

  record AccountOrder(String accountId, Order order) {}

  private final Map<String, Locked> existing = new LinkedHashMap<>();
  private final Refs named = new Refs();
  private final Refs unwound = new Refs();
  private final Map<String, Map<String, Invoice>> invoices = new HashMap<>();
  private final Map<String, Map<CreditRef, Credit>> credits = new HashMap<>();
  private final List<AccountAllocation> allocations = new ArrayList<>();
  private final Map<String, List<Order>> orders = new HashMap<>();
  private final Set<String> namedGroups = new TreeSet<>();
  private final CreditGroups groups = new CreditGroups();

  LoadPlan(List<Locked> locked, Collection<LedgerEvent> events) {
    locked.forEach(l -> existing.put(l.account().accountId(), l));
    groups.load(locked.stream().map(Locked::creditGroup).filter(Objects::nonNull).toList());
    for (LedgerEvent event : events) {
      if (event instanceof AccountUpserted upsert && upsert.creditGroup() != null) {
        namedGroups.add(upsert.creditGroup().id());
      }
      if (!existing.containsKey(event.accountId())) {
        continue;
      }
      named.add(event.accountId(), event.invoiceRef(), event.creditRef());
      named.addOrder(event.accountId(), event.orderRef());
      if (event.unwindsAllocations()) {
        unwound.add(event.accountId(), event.invoiceRef(), event.creditRef());
      }
    }
  }

  /** Nothing to read: no account exists yet. */
  boolean nothingToLoad() {
    return existing.isEmpty();
  }

  /** The credit groups that upserts name, in id order (the order they are locked in). */
  String[] namedGroups() {
    return namedGroups.toArray(String[]::new);
  }

  /** The named groups as locked: newer than what was read with the accounts. */
  void addGroups(List<CreditGroup> locked) {
    groups.load(locked);
  }

  String[] existingIds() {
    return existing.keySet().toArray(String[]::new);
  }

  Refs named() {
    return named;
  }

  Refs unwound() {
    return unwound;
  }

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

  void addOrders(List<AccountOrder> loaded) {
    loaded.forEach(
        l -> orders.computeIfAbsent(l.accountId(), a -> new ArrayList<>()).add(l.order()));
  }

  void addAllocations(List<AccountAllocation> loaded) {
    allocations.addAll(loaded);
  }

  /** The invoices and credits on the other side of the loaded allocations not loaded yet. */
  Refs otherSides() {
    Refs missing = new Refs();
    for (AccountAllocation a : allocations) {
      String accountId = a.accountId();
      Allocation allocation = a.allocation();
      if (!invoices.getOrDefault(accountId, Map.of()).containsKey(allocation.invoiceId())) {
        missing.add(accountId, allocation.invoiceId(), null);
      }
      if (!credits.getOrDefault(accountId, Map.of()).containsKey(allocation.credit())) {
        missing.add(accountId, null, allocation.credit());
      }
    }
    return missing;
  }

  /**
   * A book for each of {@code accountIds}, in that order: empty for an account that does not exist.
   * Amounts are as stored (the columns' scale); the figures scale them to the currency.
   */
  Map<String, AccountBook> books(Collection<String> accountIds) {
    Map<String, AccountBook> books = new LinkedHashMap<>();
    for (String id : accountIds) {
      Locked l = existing.get(id);
      books.put(
          id,
          l == null
              ? AccountBook.absent(id, groups)
              : AccountBook.of(
                  l.account(),
                  l.hasEntries(),
                  l.receivedTotal(),
                  invoices.getOrDefault(id, Map.of()).values(),
                  credits.getOrDefault(id, Map.of()).values(),
                  allocations.stream()
                      .filter(a -> a.accountId().equals(id))
                      .map(AccountAllocation::allocation)
                      .toList(),
                  orders.getOrDefault(id, List.of()),
                  groups));
    }
    return books;
  }

  /** Invoices, credits and orders named by events, as parallel arrays for {@code unnest}. */
  static final class Refs {
    final List<String> invoiceAccounts = new ArrayList<>();
    final List<String> invoiceIds = new ArrayList<>();
    final List<String> creditAccounts = new ArrayList<>();
    final List<String> creditKinds = new ArrayList<>();
    final List<String> creditIds = new ArrayList<>();
    final List<String> orderAccounts = new ArrayList<>();
    final List<String> orderIds = new ArrayList<>();
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

    void addOrder(String accountId, String orderId) {
      if (orderId != null && seen.add(accountId + "\u0000o\u0000" + orderId)) {
        orderAccounts.add(accountId);
        orderIds.add(orderId);
      }
    }

    boolean isEmpty() {
      return seen.isEmpty();
    }
  }
}
