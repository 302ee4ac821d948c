package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookEventsTest {

  @Test
  void endpointsMaySubscribeToTheReviewRequestEventsBesideTheHoldEvents() {
    assertThat(WebhookEvents.SUBSCRIBABLE)
        .contains(
            "credit.hold.placed",
            "credit.promise.broken",
            "credit.review.requested",
            "credit.review.decided",
            "credit.review.escalated",
            WebhookEvents.PING);
  }
}
