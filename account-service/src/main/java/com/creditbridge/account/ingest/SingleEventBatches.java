package com.creditbridge.account.ingest;

import com.creditbridge.account.AccountProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Group commit for single JSON events: events that arrive while {@code singleEventBatches}
 * transactions are already running wait, and then go together through {@link
 * LedgerEventIngest#ingest} as one batch — one transaction, a fixed number of statements — instead
 * of paying about ten round trips and a commit each. A lone caller never waits: its event starts at
 * once, alone. Each caller still gets its own answer after the commit, and events stay independent
 * exactly as the lines of an NDJSON batch are (a refused one changes nothing and never undoes
 * another); events of one account keep their arrival order.
 */
@Component
class SingleEventBatches {

  private final LedgerEventIngest ingest;
  private final int maxRunning;
  private final int maxEvents;
  private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicInteger running = new AtomicInteger();

  SingleEventBatches(LedgerEventIngest ingest, AccountProperties properties) {
    this.ingest = ingest;
    this.maxRunning = properties.singleEventBatches();
    this.maxEvents = properties.chunkEvents();
  }

  private record Waiting(ReadLine line, MonoSink<LineResult> answer) {}

  /** The event's result once its batch committed (or failed as a whole). */
  Mono<LineResult> ingest(ReadLine line) {
    return Mono.create(
        answer -> {
          waiting.add(new Waiting(line, answer));
          drain();
        });
  }

  /**
   * Starts batches while there are waiting events and fewer than {@code maxRunning} batches run. A
   * batch that ends calls this again, so no event is left waiting (it is added to the queue before
   * its caller reads {@code running}, and a batch decrements {@code running} before it looks at the
   * queue).
   */
  private void drain() {
    while (!waiting.isEmpty()) {
      int now = running.get();
      if (now >= maxRunning) {
        return;
      }
      if (!running.compareAndSet(now, now + 1)) {
        continue;
      }
      List<Waiting> batch = new ArrayList<>();
      for (Waiting w; batch.size() < maxEvents && (w = waiting.poll()) != null; ) {
        batch.add(w);
      }
      if (batch.isEmpty()) {
        running.decrementAndGet();
      } else {
        run(batch);
      }
    }
  }

  private void run(List<Waiting> batch) {
    ingest
        .ingest(batch.stream().map(Waiting::line).toList())
        // the first caller's context (its trace) goes with the batch's outbox rows
        .contextWrite(batch.get(0).answer().contextView())
        .doFinally(
            signal -> {
              running.decrementAndGet();
              drain();
            })
        .subscribe(
            results -> {
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().success(results.get(i));
              }
            },
            error -> batch.forEach(w -> w.answer().error(error)));
  }
}
