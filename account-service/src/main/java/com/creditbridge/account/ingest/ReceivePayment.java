package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.PaymentReceived;
import com.creditbridge.account.ledger.Posting;
import com.creditbridge.account.store.LedgerStore;
import com.creditbridge.platform.problem.ApiProblem;
import java.util.Currency;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code payment.received}: records the payment and allocates it (see {@code Ledger#receive}). The
 * invoice it names must exist on the account (422 otherwise). The same payment sent again under
 * another event id is unchanged; the same payment id with other content is a conflict (409).
 */
@Component
class ReceivePayment implements EventHandler<PaymentReceived> {

  private final LedgerStore ledgers;

  ReceivePayment(LedgerStore ledgers) {
    this.ledgers = ledgers;
  }

  @Override
  public Class<PaymentReceived> eventType() {
    return PaymentReceived.class;
  }

  @Override
  public Mono<Effect> apply(Account account, PaymentReceived event) {
    ApiProblem mismatch = Rejections.currencyMismatch(account, event.currency());
    if (mismatch != null) {
      return Mono.error(mismatch);
    }
    Currency currency = account.profile().currency();
    return ledgers
        .findPayment(account.accountId(), event.paymentId(), currency)
        .flatMap(
            existing ->
                event.samePaymentAs(existing)
                    ? Mono.<Effect>just(new Effect.Unchanged())
                    : Mono.<Effect>error(
                        Rejections.conflict(
                            "Payment "
                                + event.paymentId()
                                + " was already received with different content.",
                            "paymentId",
                            "already received with different content")))
        .switchIfEmpty(Mono.defer(() -> record(account, event, currency)));
  }

  private Mono<Effect> record(Account account, PaymentReceived event, Currency currency) {
    String accountId = account.accountId();
    return namedInvoiceExists(account, event, currency)
        .then(ledgers.load(accountId, currency))
        .flatMap(
            ledger -> {
              Posting posting = ledger.receive(event.credit(), event.amount(), event.invoiceId());
              // the payment's version orders unapplied credit: the oldest is used first
              return ledgers
                  .insertPayment(
                      accountId, event.payment(), account.ledgerVersion(), event.eventId())
                  .then(ledgers.saveAllocations(accountId, posting.allocations(), event.eventId()))
                  .thenReturn(new Effect.Applied(account, posting.ledger()));
            });
  }

  private Mono<Void> namedInvoiceExists(Account account, PaymentReceived event, Currency currency) {
    if (event.invoiceId() == null) {
      return Mono.empty();
    }
    return ledgers
        .findInvoice(account.accountId(), event.invoiceId(), currency)
        .switchIfEmpty(
            Mono.error(
                () ->
                    Rejections.unprocessable(
                        "Invoice "
                            + event.invoiceId()
                            + " does not exist on account "
                            + account.accountId()
                            + ".",
                        "invoiceId",
                        "unknown invoice")))
        .then();
  }
}
