package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountUpserted;
import com.creditbridge.account.store.AccountStore;
import com.creditbridge.account.store.LedgerStore;
import java.util.Currency;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code account.upserted}: replaces the profile (the account row was created if missing). The
 * currency may change only while the account has no invoices or payments.
 */
@Component
class UpsertAccount implements EventHandler<AccountUpserted> {

  private final AccountStore accounts;
  private final LedgerStore ledgers;

  UpsertAccount(AccountStore accounts, LedgerStore ledgers) {
    this.accounts = accounts;
    this.ledgers = ledgers;
  }

  @Override
  public Class<AccountUpserted> eventType() {
    return AccountUpserted.class;
  }

  @Override
  public Mono<Effect> apply(Account account, AccountUpserted event) {
    Currency currency = event.profile().currency();
    Mono<Void> currencyMayChange =
        account.profile().currency().equals(currency)
            ? Mono.empty()
            : accounts
                .hasEntries(account.accountId())
                .filter(has -> has)
                .flatMap(has -> Mono.error(currencyFixed(account)));
    return currencyMayChange
        .then(ledgers.load(account.accountId(), currency))
        .map(ledger -> new Effect.Applied(account.withProfile(event.profile()), ledger));
  }

  private static RuntimeException currencyFixed(Account account) {
    String current = account.profile().currency().getCurrencyCode();
    return Rejections.unprocessable(
        "The currency of account "
            + account.accountId()
            + " cannot change once it has invoices or payments.",
        "currency",
        "must stay " + current);
  }
}
