package com.creditbridge.account.accounts;

import com.creditbridge.account.AccountProperties;
import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.store.AccountStore;
import com.creditbridge.account.store.LedgerStore;
import com.creditbridge.platform.problem.ApiProblem;
import java.time.Clock;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reads of the ledger: an account and its figures as of today. */
@RestController
class AccountsController {

  private final AccountStore accounts;
  private final LedgerStore ledgers;
  private final TransactionalOperator consistentRead;
  private final Clock clock;
  private final AccountProperties properties;

  AccountsController(
      AccountStore accounts,
      LedgerStore ledgers,
      ReactiveTransactionManager transactionManager,
      Clock clock,
      AccountProperties properties) {
    this.accounts = accounts;
    this.ledgers = ledgers;
    this.clock = clock;
    this.properties = properties;
    // the account row and its invoices are read in one snapshot, so the figures match the version
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    definition.setReadOnly(true);
    this.consistentRead = TransactionalOperator.create(transactionManager, definition);
  }

  @GetMapping("/api/v1/accounts/{accountId}")
  Mono<AccountView> account(@PathVariable String accountId) {
    Mono<AccountView> read =
        accounts
            .find(accountId)
            .switchIfEmpty(
                Mono.error(() -> ApiProblem.notFound("Account " + accountId + " does not exist.")))
            .flatMap(
                account ->
                    ledgers
                        .load(accountId, account.profile().currency())
                        .map(
                            ledger ->
                                AccountView.of(
                                    AccountSnapshot.of(
                                        account, ledger, properties.today(clock.instant())))));
    return consistentRead.transactional(read);
  }
}
