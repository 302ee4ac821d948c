package com.creditbridge.gateway.lifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Notices when the process that started this one (the local runner) is gone, so the gateway does
 * not outlive it and keep its port.
 */
final class ParentProcessWatch implements AutoCloseable {

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "parent-process-watch");
            thread.setDaemon(true);
            return thread;
          });

  ParentProcessWatch(long parentPid, Duration interval, Runnable onParentGone) {
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(
        () -> {
          if (!isAlive(parentPid)) {
            scheduler.shutdown();
            // On its own thread: shutting the application down closes this watch too.
            new Thread(onParentGone, "parent-process-gone").start();
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
