package com.creditbridge.account.accounts;

import com.creditbridge.account.AccountProperties;
import com.creditbridge.account.behaviour.PaymentBehaviour;
import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.InvoiceStatus;
import com.creditbridge.account.store.AccountStore;
import com.creditbridge.account.store.LedgerReads;
import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.web.Viewers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reads of the ledger: accounts and their figures as of today, and their invoices. */
@RestController
class AccountsController {

  private final AccountStore accounts;
  private final LedgerReads ledger;
  private final TransactionalOperator consistentRead;
  private final Clock clock;
  private final AccountProperties properties;

  AccountsController(
      AccountStore accounts,
      LedgerReads ledger,
      ReactiveTransactionManager transactionManager,
      Clock clock,
      AccountProperties properties) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.clock = clock;
    this.properties = properties;
    // the account rows and their invoices are read in one snapshot, so figures match the version
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    definition.setReadOnly(true);
    this.consistentRead = TransactionalOperator.create(transactionManager, definition);
  }

  @GetMapping("/api/v1/accounts/{accountId}")
  Mono<AccountView> account(@PathVariable String accountId, ServerWebExchange exchange) {
    return consistentRead.transactional(
        find(accountId, exchange)
            .flatMap(stored -> views(List.of(stored)))
            .map(views -> views.get(0)));
  }

  /**
   * Accounts in id order, optionally only a sales rep's; a signed-in person's list holds only the
   * accounts they may see (filtered in the query, so pages stay full).
   */
  @GetMapping("/api/v1/accounts")
  Mono<Page<AccountView>> accounts(
      @RequestParam(required = false) String salesRepId,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    if (salesRepId != null && !Identifiers.isValid(salesRepId)) {
      return Mono.error(PageRequest.invalid("salesRepId", Identifiers.RULE));
    }
    PageRequest page = PageRequest.of(limit, cursor, 1);
    String afterId = page.after() == null ? null : page.after().text(0);
    if (afterId != null && !Identifiers.isValid(afterId)) {
      // a cursor this list wrote holds an account id; anything else would silently be a page
      return Mono.error(Paging.invalidCursor());
    }
    Mono<Page<AccountView>> read =
        accounts
            .page(salesRepId, viewerEmail(exchange), afterId, page.limit() + 1)
            .flatMap(
                found -> {
                  Page<AccountStore.Stored> stored =
                      Page.of(found, page.limit(), s -> SortKey.of(s.account().accountId()));
                  return views(stored.items()).map(views -> new Page<>(views, stored.nextCursor()));
                });
    return consistentRead.transactional(read);
  }

  /**
   * An account's invoices, oldest due first.
   *
   * @param status open, paid, voided or all (the default)
   */
  @GetMapping("/api/v1/accounts/{accountId}/invoices")
  Mono<Page<InvoiceView>> invoices(
      @PathVariable String accountId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    InvoiceStatus filter = status(status);
    PageRequest page = PageRequest.of(limit, cursor, 2);
    LedgerReads.InvoiceKey after = page.after() == null ? null : invoiceKey(page.after());
    LocalDate today = properties.today(clock.instant());
    Mono<Page<InvoiceView>> read =
        find(accountId, exchange)
            .flatMap(
                stored ->
                    ledger
                        .invoices(accountId, filter, after, page.limit() + 1)
                        .map(
                            found ->
                                Page.of(
                                        found,
                                        page.limit(),
                                        i -> SortKey.of(i.dueOn(), i.invoiceId()))
                                    .map(
                                        i ->
                                            InvoiceView.of(
                                                i, stored.account().profile().currency(), today))));
    return consistentRead.transactional(read);
  }

  private Mono<AccountStore.Stored> find(String accountId, ServerWebExchange exchange) {
    return find(accounts, accountId, exchange);
  }

  /** An account a signed-in person may not see is answered exactly as one that does not exist. */
  static Mono<AccountStore.Stored> find(
      AccountStore accounts, String accountId, ServerWebExchange exchange) {
    return accounts
        .find(accountId, viewerEmail(exchange))
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("Account " + accountId + " does not exist.")));
  }

  static String viewerEmail(ServerWebExchange exchange) {
    return AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
  }

  private Mono<List<AccountView>> views(List<AccountStore.Stored> stored) {
    List<String> ids = stored.stream().map(s -> s.account().accountId()).toList();
    LocalDate today = properties.today(clock.instant());
    return Mono.zip(
            ledger.openInvoices(ids),
            ledger.unappliedCredit(ids),
            ledger.openOrders(ids),
            ledger.paidInvoices(ids, PaymentBehaviour.earliestPaidOn(today)))
        .map(
            found ->
                stored.stream()
                    .map(
                        s -> {
                          String id = s.account().accountId();
                          return AccountView.of(
                              AccountSnapshot.of(
                                  s.account(),
                                  List.copyOf(found.getT1().getOrDefault(id, List.of())),
                                  found.getT2().getOrDefault(id, BigDecimal.ZERO),
                                  s.receivedTotal(),
                                  List.copyOf(found.getT3().getOrDefault(id, List.of())),
                                  s.creditGroup(),
                                  today),
                              PaymentBehaviour.of(
                                  found.getT4().getOrDefault(id, List.of()), today));
                        })
                    .toList());
  }

  private static InvoiceStatus status(String status) {
    if (status == null || status.equals("all")) {
      return null;
    }
    return switch (status) {
      case "open", "paid", "voided" -> InvoiceStatus.valueOf(status.toUpperCase(Locale.ROOT));
      default -> throw PageRequest.invalid("status", "must be one of open, paid, voided, all");
    };
  }

  /** The due date and invoice id of the last invoice of the previous page. */
  private static LedgerReads.InvoiceKey invoiceKey(SortKey after) {
    String invoiceId = after.text(1);
    if (!Identifiers.isValid(invoiceId)) {
      throw Paging.invalidCursor();
    }
    return new LedgerReads.InvoiceKey(after.date(0), invoiceId);
  }
}
