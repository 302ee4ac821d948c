package com.creditbridge.notification.profile;

import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentBehaviourSummary;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.profile.AccountProfile.PaymentTrend;
import com.creditbridge.notification.profile.AccountProfile.Person;
import com.creditbridge.platform.inbox.BatchIntake;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the account-service's snapshots into {@link AccountProfiles}, a poll at a time, in a
 * consumer group of its own (the hold events' group keeps its offsets and its pace). The wire type
 * stops here: each snapshot becomes an {@link AccountProfile}. Keeping the newest ledger version
 * makes a redelivered poll change nothing, so no consumed-events table is needed.
 */
@Component
class AccountProfileListener {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final AccountProfiles profiles;
  private final BatchIntake<AccountProfile> intake =
      BatchIntake.of(
          AccountProfileListener.class,
          record ->
              profileOf(
                  BatchIntake.event(record, PaymentStatusChanged.class, PaymentStatusChanged.TYPE)
                      .data()));

  AccountProfileListener(AccountProfiles profiles) {
    this.profiles = profiles;
  }

  @KafkaListener(
      id = "account-profiles",
      groupId = "${spring.kafka.consumer.group-id}.account-profiles",
      topics = Topics.PAYMENT_STATUS,
      batch = "true")
  void onSnapshots(List<ConsumerRecord<String, byte[]>> records) {
    // failures are thrown: the poll is retried
    intake.take(records, usable -> profiles.keep(usable).block(TIMEOUT));
  }

  static AccountProfile profileOf(PaymentStatusChanged snapshot) {
    if (snapshot.accountId() == null || snapshot.accountId().isBlank()) {
      throw new IllegalArgumentException("a snapshot without account");
    }
    return new AccountProfile(
        snapshot.accountId(),
        snapshot.ledgerVersion(),
        snapshot.name(),
        snapshot.currency(),
        person(snapshot.salesRep()),
        person(snapshot.creditAnalyst()),
        person(snapshot.salesManager()),
        snapshot.creditLimit() != null,
        snapshot.segment(),
        trend(snapshot.paymentBehaviour()),
        snapshot.pastDue(),
        snapshot.exposure());
  }

  private static Person person(Party party) {
    return party == null ? null : Person.of(party.id(), party.name(), party.email());
  }

  private static PaymentTrend trend(PaymentBehaviourSummary behaviour) {
    if (behaviour == null || behaviour.trend() == null) {
      return null;
    }
    return switch (behaviour.trend()) {
      case IMPROVING -> PaymentTrend.IMPROVING;
      case STEADY -> PaymentTrend.STEADY;
      case WORSENING -> PaymentTrend.WORSENING;
    };
  }
}
