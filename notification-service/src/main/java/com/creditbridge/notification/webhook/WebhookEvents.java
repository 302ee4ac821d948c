package com.creditbridge.notification.webhook;

import com.creditbridge.contracts.HoldEventType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The event types an endpoint can subscribe to. */
final class WebhookEvents {

  /** Sent by {@code POST .../{id}/test} so a receiver can check its setup. */
  static final String PING = "creditbridge.ping";

  static final Set<String> SUBSCRIBABLE =
      Stream.concat(
              Arrays.stream(HoldEventType.values()).map(HoldEventType::wireName), Stream.of(PING))
          .collect(Collectors.toUnmodifiableSet());

  private WebhookEvents() {}
}
