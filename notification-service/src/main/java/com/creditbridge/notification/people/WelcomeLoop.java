package com.creditbridge.notification.people;

import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** Looks for people to welcome every poll interval (on every replica; the claim keeps it once). */
@Component
@ConditionalOnProperty(name = "creditbridge.welcome.enabled", havingValue = "true")
class WelcomeLoop extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(WelcomeLoop.class);

  private final Welcomes welcomes;
  private final WelcomeProperties properties;

  WelcomeLoop(Welcomes welcomes, WelcomeProperties properties) {
    this.welcomes = welcomes;
    this.properties = properties;
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(Duration.ZERO, properties.pollInterval()),
        welcomes::welcomeNewcomers,
        log,
        "Welcoming new sales reps failed (is the hold-service reachable?); trying again later");
  }
}
