package com.creditbridge.account.snapshot;

import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Announces accounts' new snapshots on {@link Topics#PAYMENT_STATUS}, keyed by account id, through
 * the outbox: call it inside the transaction that changed the accounts.
 */
@Component
public class SnapshotPublisher {

  private final Outbox outbox;

  SnapshotPublisher(Outbox outbox) {
    this.outbox = outbox;
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
    return Mono.defer(
        () ->
            outbox.appendAll(
                changed.stream()
                    .map(
                        c ->
                            OutboxMessage.of(
                                Topics.PAYMENT_STATUS,
                                PaymentStatusMessage.of(c.snapshot(), c.cause(), c.acceptedAt())))
                    .toList()));
  }
}
