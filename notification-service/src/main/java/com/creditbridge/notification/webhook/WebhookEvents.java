package com.creditbridge.notification.webhook;

import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.ReviewEventType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The event types an endpoint can subscribe to. */
final class WebhookEvents {

  /** Sent by {@code POST .../{id}/test} so a receiver can check its setup. */
  static final String PING = "creditbridge.ping";

  /** The hold events, the review request events (second wave) and the test ping. */
  static final Set<String> SUBSCRIBABLE =
      Stream.of(
              Arrays.stream(HoldEventType.values()).map(HoldEventType::wireName),
              Arrays.stream(ReviewEventType.values()).map(ReviewEventType::wireName),
              Stream.of(PING))
          .flatMap(types -> types)
          .collect(Collectors.toUnmodifiableSet());

  private WebhookEvents() {}
}
