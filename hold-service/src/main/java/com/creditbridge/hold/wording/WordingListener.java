package com.creditbridge.hold.wording;

import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.inbox.UnusableEventException;
import com.creditbridge.platform.wording.Wording;
import com.creditbridge.platform.wording.WordingEvent;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the wording of {@link Topics#WORDING} in the database. Its own group, so it reads the
 * compacted topic from the start however far the snapshots' group has come; a redelivered or older
 * version changes nothing ({@link WordingInForce#keep}). A record that is no wording is logged and
 * skipped; a database failure is retried by the error handler.
 */
@Component
class WordingListener {

  private static final Logger log = LoggerFactory.getLogger(WordingListener.class);

  private static final Duration KEEP_TIMEOUT = Duration.ofSeconds(30);

  private final WordingInForce wordings;
  private final Clock clock;

  WordingListener(WordingInForce wordings, Clock clock) {
    this.wordings = wordings;
    this.clock = clock;
  }

  @KafkaListener(id = "wording", groupId = "hold-service-wording", topics = Topics.WORDING)
  void onWording(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return; // a tombstone: the wording in force stays
    }
    Wording wording;
    try {
      wording = WordingEvent.read(record.value());
    } catch (IllegalArgumentException e) {
      throw new UnusableEventException("Not a wording: " + e.getMessage(), e);
    }
    boolean kept = Boolean.TRUE.equals(wordings.keep(wording, clock.instant()).block(KEEP_TIMEOUT));
    if (kept) {
      log.info("Wording version {} is in force", wording.version());
    } else {
      log.info("Ignored wording version {}: not above the one in force", wording.version());
    }
  }
}
