package com.creditbridge.account.accounts;

import com.creditbridge.account.store.AccountStore;
import com.creditbridge.account.store.LedgerReads;
import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
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

/** {@code GET /api/v1/accounts/{accountId}/orders}: an account's orders, as the invoices list. */
@RestController
class OrdersController {

  private final AccountStore accounts;
  private final LedgerReads ledger;
  private final TransactionalOperator consistentRead;

  OrdersController(
      AccountStore accounts, LedgerReads ledger, ReactiveTransactionManager transactionManager) {
    this.accounts = accounts;
    this.ledger = ledger;
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    definition.setReadOnly(true);
    this.consistentRead = TransactionalOperator.create(transactionManager, definition);
  }

  /**
   * An account's orders, oldest placed first (ties by id).
   *
   * @param status open or all (the default)
   */
  @GetMapping("/api/v1/accounts/{accountId}/orders")
  Mono<Page<OrderView>> orders(
      @PathVariable String accountId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    boolean openOnly = openOnly(status);
    PageRequest page = PageRequest.of(limit, cursor, 2);
    LedgerReads.OrderKey after = page.after() == null ? null : orderKey(page.after());
    Mono<Page<OrderView>> read =
        AccountsController.find(accounts, accountId, exchange)
            .flatMap(
                stored ->
                    ledger
                        .orders(accountId, openOnly, after, page.limit() + 1)
                        .map(
                            found ->
                                Page.of(
                                        found,
                                        page.limit(),
                                        o -> SortKey.of(o.placedOn(), o.orderId()))
                                    .map(
                                        o ->
                                            OrderView.of(
                                                o, stored.account().profile().currency()))));
    return consistentRead.transactional(read);
  }

  private static boolean openOnly(String status) {
    if (status == null || status.equals("all")) {
      return false;
    }
    if (status.equals("open")) {
      return true;
    }
    throw PageRequest.invalid("status", "must be one of open, all");
  }

  /** The placing date and order id of the last order of the previous page. */
  private static LedgerReads.OrderKey orderKey(SortKey after) {
    String orderId = after.text(1);
    if (!Identifiers.isValid(orderId)) {
      throw Paging.invalidCursor();
    }
    return new LedgerReads.OrderKey(after.date(0), orderId);
  }
}
