package com.creditbridge.platform.wakeup;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * Tells a background loop (the outbox relay, a delivery worker) that there may be work now, so it
 * need not wait for its poll: fired in this process once the writer's transaction commits, and from
 * other replicas through PostgreSQL's {@code NOTIFY} on {@link #channel()} (see {@link
 * CommitNotifications}). The poll stays, slow, as the safety net for what no signal announces (due
 * retries, a lost connection).
 */
public class WakeUp {

  private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,63}");

  private final String channel;
  private final Sinks.Many<Boolean> signals = Sinks.many().multicast().directBestEffort();

  /**
   * @param channel the PostgreSQL notification channel writers {@code NOTIFY} in their transaction
   */
  public WakeUp(String channel) {
    if (!CHANNEL.matcher(Objects.requireNonNull(channel, "channel")).matches()) {
      throw new IllegalArgumentException("not a plain channel name: " + channel);
    }
    this.channel = channel;
  }

  public String channel() {
    return channel;
  }

  /** The SQL that notifies other replicas; inside the writer's transaction it is sent at commit. */
  public String notifySql() {
    return "select pg_notify('" + channel + "', '')";
  }

  /** Emitting is not thread-safe: one at a time. */
  public synchronized void wake() {
    signals.tryEmitNext(Boolean.TRUE);
  }

  /** Wakes once the caller's transaction has committed, or at once outside a transaction. */
  public Mono<Void> afterCommit() {
    return TransactionSynchronizationManager.forCurrentTransaction()
        .doOnNext(
            transaction -> {
              if (!transaction.isSynchronizationActive()) {
                wake();
                return;
              }
              transaction.registerSynchronization(
                  new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                      return Mono.fromRunnable(WakeUp.this::wake);
                    }
                  });
            })
        .onErrorResume(
            NoTransactionException.class,
            none -> {
              wake();
              return Mono.empty();
            })
        .then();
  }

  /**
   * A tick at every wake-up and at every {@code poll}: what a loop passes on. A pass that runs on
   * these ticks with {@code BackgroundLoop.passEachTick} keeps the wake-ups that come while it runs
   * as one further pass, so what they announced is picked up right after it.
   */
  public Flux<Boolean> ticks(Duration poll, Scheduler scheduler) {
    // onto the loop's own thread: a wake-up is fired from the committing (or listening) thread,
    // which must not run the pass
    return Flux.merge(Flux.interval(poll, poll, scheduler).map(tick -> Boolean.TRUE), signals())
        .publishOn(scheduler);
  }

  public Flux<Boolean> signals() {
    return signals.asFlux();
  }
}
