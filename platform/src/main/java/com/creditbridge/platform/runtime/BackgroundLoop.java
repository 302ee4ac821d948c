package com.creditbridge.platform.runtime;

import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A Reactor pipeline that runs for as long as the application does (a relay, a delivery worker):
 * started with the context, disposed when it stops.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

  private volatile Disposable running;

  /** Subscribes to the loop's pipeline. */
  protected abstract Disposable begin();

  /**
   * Runs one {@code pass} per tick, never two at once. Ticks that come while a pass runs are
   * dropped (the next pass catches up with whatever they would have found), and a failed pass is
   * logged and tried again at the next tick, so an outage never ends the loop.
   */
  protected static Disposable passEachTick(
      Flux<?> ticks, Supplier<? extends Publisher<?>> pass, Logger log, String whenFailed) {
    return ticks
        .onBackpressureDrop()
        .concatMap(
            tick ->
                Flux.defer(() -> Flux.<Object>from(pass.get()))
                    .onErrorResume(
                        error -> {
                          log.warn(whenFailed, error);
                          return Mono.empty();
                        }),
            1)
        .subscribe();
  }

  /**
   * Runs one {@code pass} per tick, never two at once, for ticks that announce work (wake-ups on
   * commit): the ticks that come while a pass runs are kept as exactly one further pass, as what
   * they announced may have been committed after the running pass looked. A failed pass is logged.
   */
  protected static Disposable passEachWakeUp(
      Flux<?> ticks, Supplier<? extends Publisher<?>> pass, Logger log, String whenFailed) {
    return ticks
        .onBackpressureLatest()
        .concatMap(
            tick ->
                Flux.defer(() -> Flux.<Object>from(pass.get()))
                    .onErrorResume(
                        error -> {
                          log.warn(whenFailed, error);
                          return Mono.empty();
                        }),
            0)
        .subscribe();
  }

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
