package com.creditbridge.gateway.apikey;

import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps each key's last use in memory and writes them in one batch every {@code
 * lastUsedFlushInterval}: a request never waits for this write, and a busy key costs one update per
 * interval rather than one per request. A crash loses at most one interval of last-used times.
 */
@Component
class LastUsedRecorder extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(LastUsedRecorder.class);

  private final ConcurrentMap<String, Instant> pending = new ConcurrentHashMap<>();
  private final ApiKeyStore store;
  private final ApiKeyProperties properties;

  LastUsedRecorder(ApiKeyStore store, ApiKeyProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  void record(String keyId, Instant at) {
    if (!ApiKeys.ADMIN_KEY_ID.equals(keyId)) {
      pending.merge(keyId, at, (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /** Writes what is pending now. */
  Mono<Void> flush() {
    if (pending.isEmpty()) {
      return Mono.empty();
    }
    Map<String, Instant> batch = new HashMap<>();
    pending.keySet().forEach(id -> batch.put(id, pending.remove(id)));
    batch.values().removeIf(java.util.Objects::isNull);
    return store
        .recordLastUsed(batch)
        .onErrorResume(
            e -> {
              log.warn("Could not record last use of {} keys: {}", batch.size(), e.toString());
              return Mono.empty();
            });
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(properties.lastUsedFlushInterval()),
        this::flush,
        log,
        "Could not record when keys were last used; trying again at the next flush");
  }

  @Override
  public void stop() {
    super.stop();
    flush().block(java.time.Duration.ofSeconds(5));
  }
}
