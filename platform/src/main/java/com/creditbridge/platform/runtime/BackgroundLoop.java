package com.creditbridge.platform.runtime;

import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;

/**
 * A Reactor pipeline that runs for as long as the application does (a relay, a delivery worker):
 * started with the context, disposed when it stops.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

  private volatile Disposable running;

  /** Subscribes to the loop's pipeline. */
  protected abstract Disposable begin();

  @Override
  public void start() {
    running = begin();
  }

  @Override
  public void stop() {
    Disposable current = running;
    if (current != null) {
      current.dispose();
    }
    running = null;
  }

  @Override
  public boolean isRunning() {
    return running != null;
  }
}
