package com.creditbridge.gateway.people;

import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.gateway.people.PeopleDirectory.Named;
import com.creditbridge.gateway.people.decision.EmailAddress;
import com.creditbridge.platform.inbox.BatchIntake;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns who is named on which account from the snapshots of {@link Topics#PAYMENT_STATUS}: the
 * sales rep, credit analyst and sales manager. Upserting people is idempotent by nature, so a
 * redelivered poll changes nothing and no consumed-events table is needed.
 */
@Component
class PeopleListener {

  private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

  private final PeopleDirectory people;
  private final Clock clock;
  private final BatchIntake<PaymentStatusChanged> intake =
      BatchIntake.of(
          PeopleListener.class,
          record ->
              BatchIntake.event(record, PaymentStatusChanged.class, PaymentStatusChanged.TYPE)
                  .data());

  PeopleListener(PeopleDirectory people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  @KafkaListener(id = "people", idIsGroup = false, topics = Topics.PAYMENT_STATUS, batch = "true")
  void onSnapshots(List<ConsumerRecord<String, byte[]>> records) {
    Map<String, Named> named = new LinkedHashMap<>();
    for (PaymentStatusChanged snapshot : intake.usable(records)) {
      for (Party party :
          new Party[] {snapshot.salesRep(), snapshot.creditAnalyst(), snapshot.salesManager()}) {
        add(named, party);
      }
    }
    people.learn(named.values(), clock.instant()).block(APPLY_TIMEOUT);
  }

  private static void add(Map<String, Named> named, Party party) {
    if (party == null) {
      return;
    }
    EmailAddress.parse(party.email())
        .ifPresent(email -> named.put(email.value(), new Named(email, blankToNull(party.name()))));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
