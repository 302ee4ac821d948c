package com.creditbridge.notification.webhook;

import com.creditbridge.platform.wakeup.WakeUp;
import org.springframework.stereotype.Component;

/**
 * Tells the delivery worker that there may be work now (deliveries just committed, here or, by
 * NOTIFY, on another replica; slots just freed), so it need not wait for its next poll. A signal
 * while the worker is busy is kept (one is enough); the poll stays as the safety net for due
 * retries.
 */
@Component
class DeliveryWakeUp extends WakeUp {

  static final String CHANNEL = "webhook_delivery";

  DeliveryWakeUp() {
    super(CHANNEL);
  }
}
