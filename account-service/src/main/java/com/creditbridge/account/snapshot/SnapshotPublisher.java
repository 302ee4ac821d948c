package com.creditbridge.account.snapshot;

import com.creditbridge.account.AccountProperties;
import com.creditbridge.account.behaviour.PaidInvoice;
import com.creditbridge.account.behaviour.PaymentBehaviour;
import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.account.store.LedgerReads;
import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Announces accounts' new snapshots on {@link Topics#PAYMENT_STATUS}, keyed by account id, through
 * the outbox: call it inside the transaction that changed the accounts.
 */
@Component
public class SnapshotPublisher {

  private final Outbox outbox;
  private final LedgerReads ledger;
  private final AccountProperties properties;

  SnapshotPublisher(Outbox outbox, LedgerReads ledger, AccountProperties properties) {
    this.outbox = outbox;
    this.ledger = ledger;
    this.properties = properties;
  }

  /**
   * One account's new snapshot.
   *
   * @param cause the last event applied to the account
   * @param acceptedAt when the service accepted it
   */
  public record Changed(AccountSnapshot snapshot, LedgerEvent cause, Instant acceptedAt) {}

  /**
   * Appends every snapshot with one statement (a month-end batch changes thousands of accounts per
   * transaction), in the given order.
   */
  public Mono<Void> publishAll(List<Changed> changed) {
    if (changed.isEmpty()) {
      return Mono.empty();
    }
    // one read for the whole chunk, inside its transaction, so it sees the invoices it just paid
    LocalDate today = properties.today(changed.get(0).acceptedAt());
    List<String> ids = changed.stream().map(c -> c.snapshot().account().accountId()).toList();
    return ledger
        .paidInvoices(ids, PaymentBehaviour.earliestPaidOn(today))
        .flatMap(paid -> outbox.appendAll(messages(changed, paid, today)));
  }

  private static List<OutboxMessage> messages(
      List<Changed> changed, Map<String, Collection<PaidInvoice>> paid, LocalDate today) {
    return changed.stream()
        .map(
            c ->
                OutboxMessage.of(
                    Topics.PAYMENT_STATUS,
                    PaymentStatusMessage.of(
                        c.snapshot(),
                        PaymentBehaviour.of(
                            paid.getOrDefault(c.snapshot().account().accountId(), List.of()),
                            today),
                        c.cause(),
                        c.acceptedAt())))
        .toList();
  }
}
