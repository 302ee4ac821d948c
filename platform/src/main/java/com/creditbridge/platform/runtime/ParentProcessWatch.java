package com.creditbridge.platform.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the service when the process that started it is gone, so the local runner's children never
 * outlive it, even when the runner is killed without a chance to stop them.
 */
public class ParentProcessWatch implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);
  private static final Duration INTERVAL = Duration.ofSeconds(2);

  private final long parentPid;
  private final ConfigurableApplicationContext context;
  private ScheduledExecutorService timer;

  public ParentProcessWatch(long parentPid, ConfigurableApplicationContext context) {
    this.parentPid = parentPid;
    this.context = context;
  }

  @Override
  public void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "parent-process-watch");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        this::exitWhenParentIsGone,
        INTERVAL.toMillis(),
        INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void exitWhenParentIsGone() {
    boolean alive = ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
    if (!alive) {
      log.warn("Parent process {} is gone; shutting down", parentPid);
      timer.shutdown();
      System.exit(SpringApplication.exit(context));
    }
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null && !timer.isShutdown();
  }
}
