package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.InvoiceIssued;
import com.creditbridge.account.ledger.Posting;
import com.creditbridge.account.store.LedgerStore;
import com.creditbridge.platform.problem.ApiProblem;
import java.util.Currency;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code invoice.issued}: adds the invoice, which absorbs any unapplied credit. The same invoice
 * sent again under another event id is unchanged; the same invoice id with another amount or other
 * dates is a conflict (409): an issued invoice is corrected by voiding it, not by re-issuing.
 */
@Component
class IssueInvoice implements EventHandler<InvoiceIssued> {

  private final LedgerStore ledgers;

  IssueInvoice(LedgerStore ledgers) {
    this.ledgers = ledgers;
  }

  @Override
  public Class<InvoiceIssued> eventType() {
    return InvoiceIssued.class;
  }

  @Override
  public Mono<Effect> apply(Account account, InvoiceIssued event) {
    ApiProblem mismatch = Rejections.currencyMismatch(account, event.currency());
    if (mismatch != null) {
      return Mono.error(mismatch);
    }
    String accountId = account.accountId();
    Currency currency = account.profile().currency();
    return ledgers
        .findInvoice(accountId, event.invoiceId(), currency)
        .flatMap(
            existing ->
                event.sameInvoiceAs(existing)
                    ? Mono.<Effect>just(new Effect.Unchanged())
                    : Mono.<Effect>error(
                        Rejections.conflict(
                            "Invoice "
                                + event.invoiceId()
                                + " was already issued with a different amount or dates.",
                            "invoiceId",
                            "already issued with different content")))
        .switchIfEmpty(
            Mono.defer(
                () ->
                    ledgers
                        .load(accountId, currency)
                        .flatMap(
                            ledger -> {
                              Posting posting = ledger.issue(event.invoice());
                              return ledgers
                                  .insertInvoice(accountId, event.invoice(), event.eventId())
                                  .then(
                                      ledgers.saveAllocations(
                                          accountId, posting.allocations(), event.eventId()))
                                  .thenReturn(new Effect.Applied(account, posting.ledger()));
                            })));
  }
}
