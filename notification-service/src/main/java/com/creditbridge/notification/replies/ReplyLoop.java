package com.creditbridge.notification.replies;

import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the replies mailbox and makes the waiting notes every poll interval, on every replica: the
 * reply rows are the claims, so two replicas never make two notes.
 */
@Component
@ConditionalOnProperty(name = "creditbridge.replies.enabled", havingValue = "true")
class ReplyLoop extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(ReplyLoop.class);

  private final ReplyInbox inbox;
  private final ReplyNotes notes;
  private final ReplyProperties properties;

  ReplyLoop(ReplyInbox inbox, ReplyNotes notes, ReplyProperties properties) {
    this.inbox = inbox;
    this.notes = notes;
    this.properties = properties;
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(Duration.ZERO, properties.pollInterval()),
        () ->
            inbox
                .read()
                .onErrorResume(
                    e -> {
                      log.warn(
                          "Reading the replies mailbox failed; trying again at the next poll: {}",
                          e.toString());
                      return Mono.just(0);
                    })
                .then(notes.pass()),
        log,
        "Recording replies as notes failed; trying again at the next poll");
  }
}
