package com.creditbridge.platform.outbox;

import com.creditbridge.platform.wakeup.WakeUp;

/** Wakes the relay: outbox rows were committed, here or on another replica. */
public final class OutboxWakeUp extends WakeUp {

  public static final String CHANNEL = "outbox_message";

  public OutboxWakeUp() {
    super(CHANNEL);
  }
}
