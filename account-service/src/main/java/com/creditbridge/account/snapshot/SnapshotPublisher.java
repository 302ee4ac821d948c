package com.creditbridge.account.snapshot;

import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Announces an account's new snapshot on {@link Topics#PAYMENT_STATUS}, keyed by account id,
 * through the outbox: call it inside the transaction that changed the account.
 */
@Component
public class SnapshotPublisher {

  private final Outbox outbox;

  SnapshotPublisher(Outbox outbox) {
    this.outbox = outbox;
  }

  /**
   * @param cause the last event applied to the account
   * @param acceptedAt when the service accepted it
   */
  public Mono<Void> publish(AccountSnapshot snapshot, LedgerEvent cause, Instant acceptedAt) {
    return outbox.append(
        OutboxMessage.of(
            Topics.PAYMENT_STATUS, PaymentStatusMessage.of(snapshot, cause, acceptedAt)));
  }
}
