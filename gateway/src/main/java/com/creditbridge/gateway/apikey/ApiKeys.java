package com.creditbridge.gateway.apikey;

import com.creditbridge.gateway.apikey.decision.ApiKeySecret;
import com.creditbridge.gateway.apikey.decision.NewApiKey;
import com.creditbridge.gateway.auth.decision.KeyGrant;
import com.creditbridge.gateway.auth.decision.Scope;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recognises API keys: the bootstrap admin key from configuration, and stored keys by the SHA-256
 * digest of what the client sent. Lookups are cached for {@code cacheTtl} so the hot path rarely
 * touches the database; revoking through this gateway evicts at once, a revocation on another
 * replica takes effect here within {@code cacheTtl}.
 */
@Service
public class ApiKeys {

  static final String ADMIN_KEY_ID = "admin";
  private static final int MAX_CACHED = 10_000;

  private final ApiKeyStore store;
  private final LastUsedRecorder lastUsed;
  private final Clock clock;
  private final ApiKeyProperties properties;
  private final byte[] adminDigest;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<ByteBuffer, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Optional<KeyGrant> grant, Instant until) {}

  /** A key just created: the only moment the key itself is known. */
  record Created(ApiKey key, String secret) {}

  ApiKeys(
      ApiKeyStore store,
      LastUsedRecorder lastUsed,
      Clock clock,
      ApiKeyProperties properties,
      AdminKeyProperties admin) {
    this.store = store;
    this.lastUsed = lastUsed;
    this.clock = clock;
    this.properties = properties;
    this.adminDigest = ApiKeySecret.digest(admin.adminKey());
  }

  /** The grant of the key the client sent, empty when unknown or revoked. */
  public Mono<Optional<KeyGrant>> grantFor(String token) {
    byte[] digest = ApiKeySecret.digest(token);
    // Digests are compared, in constant time for the one key that never passes through the DB.
    if (MessageDigest.isEqual(adminDigest, digest)) {
      return Mono.just(Optional.of(new KeyGrant(ADMIN_KEY_ID, Set.of(Scope.ADMIN), null)));
    }
    ByteBuffer cacheKey = ByteBuffer.wrap(digest);
    Instant now = clock.instant();
    Cached cached = cache.get(cacheKey);
    Mono<Optional<KeyGrant>> grant =
        cached != null && now.isBefore(cached.until())
            ? Mono.just(cached.grant())
            : store
                .findByDigest(digest)
                .map(ApiKeys::grantOf)
                .defaultIfEmpty(Optional.empty())
                .doOnNext(found -> remember(cacheKey, found, now));
    return grant.doOnNext(
        found -> found.ifPresent(key -> lastUsed.record(key.keyId(), clock.instant())));
  }

  Mono<Created> create(NewApiKey request) {
    String secret = ApiKeySecret.generate(random);
    return store
        .insert(
            ApiKeySecret.newId(random),
            request.name(),
            ApiKeySecret.displayPrefix(secret),
            ApiKeySecret.digest(secret),
            request.scopes(),
            request.rateLimit(),
            clock.instant())
        .map(key -> new Created(key, secret));
  }

  Flux<ApiKey> page(long afterPosition, int limit) {
    return store.page(afterPosition, limit);
  }

  Mono<Boolean> revoke(String id) {
    return store
        .revoke(id, clock.instant())
        .doOnNext(
            revoked ->
                cache
                    .values()
                    .removeIf(c -> c.grant().map(g -> g.keyId().equals(id)).orElse(false)));
  }

  private void remember(ByteBuffer digest, Optional<KeyGrant> grant, Instant now) {
    if (cache.size() >= MAX_CACHED) {
      // Guessed keys must not grow memory without bound; a cleared cache only costs lookups.
      cache.clear();
    }
    cache.put(digest, new Cached(grant, now.plus(properties.cacheTtl())));
  }

  private static Optional<KeyGrant> grantOf(ApiKey key) {
    return key.revokedAt() != null
        ? Optional.empty()
        : Optional.of(new KeyGrant(key.id(), key.scopes(), key.rateLimit()));
  }
}
