package com.creditbridge.gateway.workspace;

import com.creditbridge.contracts.Topics;
import com.creditbridge.contracts.WordingChanged;
import com.creditbridge.platform.inbox.UnusableEventException;
import com.creditbridge.platform.wording.Wording;
import com.creditbridge.platform.wording.WordingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the wording of {@link Topics#WORDING} into {@link LatestWording}. Each instance has a group
 * of its own, new at every start, and reads from the earliest offset: the compacted topic's latest
 * record reaches every instance, so nothing needs to be stored. The value is a {@link
 * WordingChanged}, bare or as the {@code data} of a structured CloudEvent.
 */
@Component
class WordingListener {

  private static final Logger log = LoggerFactory.getLogger(WordingListener.class);

  private final LatestWording latest;

  WordingListener(LatestWording latest) {
    this.latest = latest;
  }

  @KafkaListener(
      id = "workspace-wording",
      groupId = "gateway-wording-${random.uuid}",
      topics = Topics.WORDING,
      properties = "auto.offset.reset=earliest")
  void onWording(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return; // a tombstone: the wording in use stays
    }
    Wording wording;
    try {
      wording = WordingEvent.read(record.value());
    } catch (IllegalArgumentException e) {
      throw new UnusableEventException("Not a wording: " + e.getMessage(), e);
    }
    if (latest.offer(wording)) {
      log.info("The workspace shows wording version {}", wording.version());
    }
  }
}
