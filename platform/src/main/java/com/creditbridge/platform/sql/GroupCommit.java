package com.creditbridge.platform.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Writes items as they come, but many in one transaction: while one write runs, the items that
 * arrive wait and go together in the next. Nothing waits for a timer, so a lone item is written at
 * once; under load the writes grow instead of queueing up one transaction per item. Each item's
 * {@link #submit} completes when its write has committed (or fails with it).
 */
public final class GroupCommit<T> {

  private record Pending<T>(T item, Sinks.Empty<Void> done) {}

  private final Function<List<T>, Mono<Void>> write;
  private final int maxBatch;
  private final Queue<Pending<T>> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writing = new AtomicBoolean();

  public GroupCommit(Function<List<T>, Mono<Void>> write, int maxBatch) {
    this.write = write;
    this.maxBatch = maxBatch;
  }

  public Mono<Void> submit(T item) {
    return Mono.defer(
        () -> {
          Sinks.Empty<Void> done = Sinks.empty();
          waiting.add(new Pending<>(item, done));
          drain();
          return done.asMono();
        });
  }

  private void drain() {
    while (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
      List<Pending<T>> batch = new ArrayList<>();
      Pending<T> next;
      while (batch.size() < maxBatch && (next = waiting.poll()) != null) {
        batch.add(next);
      }
      if (batch.isEmpty()) {
        writing.set(false);
        continue;
      }
      List<T> items = batch.stream().map(Pending::item).toList();
      Mono.defer(() -> write.apply(items))
          .subscribe(
              null,
              error -> {
                batch.forEach(p -> p.done().tryEmitError(error));
                writing.set(false);
                drain();
              },
              () -> {
                batch.forEach(p -> p.done().tryEmitEmpty());
                writing.set(false);
                drain();
              });
      return;
    }
  }
}
