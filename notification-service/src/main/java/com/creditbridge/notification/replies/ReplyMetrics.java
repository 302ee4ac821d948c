package com.creditbridge.notification.replies;

import com.creditbridge.notification.replies.rules.DropReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code creditbridge.replies.recorded} (notes the hold-service took) and {@code
 * creditbridge.replies.dropped{reason}}; every series exists from the start.
 */
@Component
class ReplyMetrics {

  private final Counter recorded;
  private final Map<DropReason, Counter> dropped = new EnumMap<>(DropReason.class);

  ReplyMetrics(MeterRegistry meters) {
    recorded =
        Counter.builder("creditbridge.replies.recorded")
            .description("Replies that became notes")
            .register(meters);
    for (DropReason reason : DropReason.values()) {
      dropped.put(
          reason,
          Counter.builder("creditbridge.replies.dropped")
              .description("Messages in the replies mailbox that became no note")
              .tag("reason", reason.wireName())
              .register(meters));
    }
  }

  void recorded() {
    recorded.increment();
  }

  void dropped(DropReason reason) {
    dropped.get(reason).increment();
  }
}
