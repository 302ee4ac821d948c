package com.creditbridge.platform.wakeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class WakeUpTest {

  // a poll that never comes during a test: every pass here is a wake-up's
  private static final Duration NO_POLL = Duration.ofHours(1);

  private final Scheduler scheduler = Schedulers.newSingle("wake-up-test", true);
  private final WakeUp wakeUp = new WakeUp("test_channel");
  private final List<Sinks.Empty<Void>> passes = new CopyOnWriteArrayList<>();
  private final Disposable loop = new Loop().begin();

  @AfterEach
  void stop() {
    loop.dispose();
    scheduler.dispose();
  }

  @Test
  void keepsTheWakeUpsThatComeDuringAPassAsOneFurtherPass() {
    wakeUp.wake();
    awaitPasses(1);

    for (int i = 0; i < 5; i++) {
      wakeUp.wake();
    }
    handedToTheLoop();
    passes.get(0).tryEmitEmpty();
    awaitPasses(2);

    passes.get(1).tryEmitEmpty();
    Awaitility.await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(() -> passes.size() == 2);
  }

  @Test
  void runsAPassForAWakeUpAfterTheLastPassEnded() {
    wakeUp.wake();
    awaitPasses(1);
    passes.get(0).tryEmitEmpty();

    wakeUp.wake();

    awaitPasses(2);
  }

  @Test
  void wakesAtOnceWhenThereIsNoTransactionToWaitFor() {
    AtomicInteger signals = new AtomicInteger();
    Disposable listening = wakeUp.signals().subscribe(signal -> signals.incrementAndGet());

    wakeUp.afterCommit().block(Duration.ofSeconds(5));

    assertThat(signals).hasValue(1);
    listening.dispose();
  }

  @Test
  void notifiesOnItsChannelAndRefusesAChannelThatIsNotAPlainName() {
    assertThat(wakeUp.notifySql()).isEqualTo("select pg_notify('test_channel', '')");
    assertThatThrownBy(() -> new WakeUp("x'); drop table outbox_message; --"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The wake-ups fired so far have reached the loop (they go through its single thread). */
  private void handedToTheLoop() {
    CountDownLatch handed = new CountDownLatch(1);
    scheduler.schedule(handed::countDown);
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> handed.getCount() == 0);
  }

  private void awaitPasses(int count) {
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> passes.size() == count);
  }

  /** A loop whose passes last until the test ends them. */
  private final class Loop extends BackgroundLoop {
    @Override
    protected Disposable begin() {
      return passEachWakeUp(
          wakeUp.ticks(NO_POLL, scheduler),
          () -> {
            Sinks.Empty<Void> pass = Sinks.empty();
            passes.add(pass);
            return pass.asMono();
          },
          LoggerFactory.getLogger(WakeUpTest.class),
          "pass failed");
    }
  }
}
