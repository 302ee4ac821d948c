package com.creditbridge.platform.wakeup;

import com.creditbridge.platform.runtime.BackgroundLoop;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Listens to PostgreSQL notifications on one connection of its own (outside the pool, which it
 * would hold for ever) and wakes the {@link WakeUp} of each channel: another replica's commit wakes
 * this replica's loops. The connection is opened again after a failure, and every loop woken then,
 * as notifications sent meanwhile were missed. Not on PostgreSQL: nothing, the polls remain.
 */
public class CommitNotifications extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);

  private final ConnectionFactory connections;
  private final Map<String, List<WakeUp>> byChannel;
  private final Duration reconnectAfter;

  public CommitNotifications(
      ConnectionFactory connections, List<WakeUp> wakeUps, Duration reconnectAfter) {
    this.connections = unpooled(connections);
    this.byChannel = wakeUps.stream().collect(Collectors.groupingBy(WakeUp::channel));
    this.reconnectAfter = reconnectAfter;
  }

  @Override
  protected Disposable begin() {
    if (byChannel.isEmpty()) {
      return Flux.never().subscribe();
    }
    return Flux.usingWhen(Mono.from(connections.create()), this::listen, Connection::close)
        .doOnError(e -> log.warn("Lost the connection listening for commits; reconnecting", e))
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, reconnectAfter))
        .repeatWhen(done -> done.delayElements(reconnectAfter))
        .subscribe();
  }

  private Flux<Void> listen(Connection connection) {
    if (!(connection instanceof PostgresqlConnection postgres)) {
      log.info("Not PostgreSQL: background loops wake at their polls only");
      return Flux.never();
    }
    Mono<Void> listening =
        Flux.fromIterable(byChannel.keySet())
            .concatMap(
                channel ->
                    postgres
                        .createStatement("LISTEN " + channel)
                        .execute()
                        .flatMap(result -> result.getRowsUpdated()))
            .then(
                Mono.fromRunnable(
                    () -> {
                      log.debug("Listening for commits on {}", byChannel.keySet());
                      // whatever was announced while nobody listened
                      byChannel.values().forEach(wakeUps -> wakeUps.forEach(WakeUp::wake));
                    }));
    return listening.thenMany(
        postgres
            .getNotifications()
            .doOnNext(
                notification ->
                    byChannel.getOrDefault(notification.getName(), List.of()).forEach(WakeUp::wake))
            .then()
            .flux());
  }

  /** The pool's own factory: a listening connection is held for as long as the service runs. */
  private static ConnectionFactory unpooled(ConnectionFactory factory) {
    ConnectionFactory current = factory;
    while (current instanceof Wrapped<?> wrapped
        && wrapped.unwrap() instanceof ConnectionFactory inner) {
      current = inner;
    }
    return current;
  }
}
