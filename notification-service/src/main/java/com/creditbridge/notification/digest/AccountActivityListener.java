package com.creditbridge.notification.digest;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.PolicyReevaluated;
import com.creditbridge.contracts.Reason;
import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.change.HoldEventTranslation;
import com.creditbridge.notification.digest.AccountActivity.NoteTaken;
import com.creditbridge.notification.digest.AccountActivity.PolicyClosed;
import com.creditbridge.notification.digest.AccountActivity.Received;
import com.creditbridge.notification.digest.AccountActivity.StatusUpdated;
import com.creditbridge.notification.policychange.PolicyChanges;
import com.creditbridge.notification.policychange.letters.PolicyChange;
import com.creditbridge.platform.inbox.BatchIntake;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the internal {@code credit.account-activity.v1} into the digest's read model, a poll at a
 * time: every evaluation change of every account arrives here, so one transaction per poll instead
 * of one per event. Records that cannot be used are logged and left out; any other failure (the
 * database) is thrown, so the error handler retries the poll (events already applied are ignored).
 */
@Component
class AccountActivityListener {

  private static final Logger log = LoggerFactory.getLogger(AccountActivityListener.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final AccountActivity activity;
  private final BatchIntake<Received> intake =
      BatchIntake.of(AccountActivityListener.class, record -> decoded(record.value()));

  AccountActivityListener(AccountActivity activity) {
    this.activity = activity;
  }

  @KafkaListener(
      topics = Topics.ACCOUNT_ACTIVITY,
      groupId = "${spring.kafka.consumer.group-id}",
      batch = "true")
  void onActivity(List<ConsumerRecord<String, byte[]>> records) {
    // failures are thrown: the poll is retried
    intake.take(records, usable -> activity.applyAll(usable).block(TIMEOUT));
  }

  /**
   * The record's event translated into the service's terms, or null when it is of a type the digest
   * does not use.
   */
  private static Received decoded(byte[] value) {
    CloudEvent<Object> envelope = EventJson.decode(value, Object.class);
    if (envelope.id() == null || envelope.id().isBlank()) {
      throw new IllegalArgumentException("no event id");
    }
    String type = envelope.type();
    if (AccountActivityType.STATUS_UPDATED.equals(type)) {
      CloudEvent<HoldEventData> event = EventJson.decode(value, HoldEventData.class);
      if (event.data() == null || event.data().accountId() == null) {
        throw new IllegalArgumentException("no account in " + event.id());
      }
      return new StatusUpdated(
          event.id(),
          event.time(),
          HoldEventTranslation.change(event.data()),
          new String(value, StandardCharsets.UTF_8),
          policyMove(event.data()));
    }
    if (AccountActivityType.NOTE_ADDED.equals(type)) {
      CloudEvent<NoteAdded> event = EventJson.decode(value, NoteAdded.class);
      if (event.data() == null || event.data().accountId() == null) {
        throw new IllegalArgumentException("no account in " + event.id());
      }
      NoteAdded note = event.data();
      return new NoteTaken(
          event.id(),
          note.noteId() == null ? event.id() : note.noteId(),
          note.accountId(),
          note.author(),
          note.text(),
          note.createdAt() != null ? note.createdAt() : event.time());
    }
    if (AccountActivityType.POLICY_REEVALUATED.equals(type)) {
      PolicyReevaluated data = EventJson.decode(value, PolicyReevaluated.class).data();
      if (data == null || data.policyVersion() < 1 || data.changedAccounts() < 0) {
        throw new IllegalArgumentException("no policy version or count in " + envelope.id());
      }
      return new PolicyClosed(
          envelope.id(),
          new PolicyChanges.Reevaluated(data.policyVersion(), data.changedAccounts()));
    }
    log.debug("Ignoring account activity of type {}", type);
    return null;
  }

  /** The status move a policy change made, in the policy-change feature's terms; else null. */
  private static PolicyChange policyMove(HoldEventData data) {
    if (!data.causedByPolicy()
        || data.status() == null
        || data.previousStatus() == null
        || data.status() == data.previousStatus()) {
      return null;
    }
    return new PolicyChange(
        data.policyVersion(),
        data.accountId(),
        data.accountName(),
        data.salesRep() == null ? null : data.salesRep().email(),
        data.salesRep() == null ? null : data.salesRep().name(),
        data.previousStatus().name(),
        data.status().name(),
        data.reasons().stream().map(Reason::message).toList());
  }
}
