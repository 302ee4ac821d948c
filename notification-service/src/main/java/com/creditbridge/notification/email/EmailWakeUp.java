package com.creditbridge.notification.email;

import com.creditbridge.platform.wakeup.WakeUp;
import org.springframework.stereotype.Component;

/**
 * Tells the email worker that emails were committed, here or (by NOTIFY) on another replica, so it
 * sends them now rather than at its poll, which stays as the safety net for due retries.
 */
@Component
class EmailWakeUp extends WakeUp {

  EmailWakeUp() {
    super("email");
  }
}
