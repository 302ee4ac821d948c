package com.creditbridge.gateway.apikey;

import com.creditbridge.gateway.auth.decision.RateLimit;
import com.creditbridge.gateway.auth.decision.Scope;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The api_key table. */
@Repository
class ApiKeyStore {

  private static final String COLUMNS =
      "position, id, name, display_prefix, scopes, rate_per_second, burst, created_at,"
          + " last_used_at, revoked_at";

  private final DatabaseClient db;

  ApiKeyStore(DatabaseClient db) {
    this.db = db;
  }

  Mono<ApiKey> insert(
      String id,
      String name,
      String displayPrefix,
      byte[] digest,
      Set<Scope> scopes,
      RateLimit rateLimit,
      Instant createdAt) {
    var spec =
        db.sql(
                "insert into api_key (id, name, display_prefix, key_digest, scopes,"
                    + " rate_per_second, burst, created_at) values (:id, :name, :prefix, :digest,"
                    + " :scopes, :rate, :burst, :createdAt) returning "
                    + COLUMNS)
            .bind("id", id)
            .bind("name", name)
            .bind("prefix", displayPrefix)
            .bind("digest", digest)
            .bind("scopes", scopes.stream().map(Scope::wireName).toArray(String[]::new))
            .bind("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
    spec =
        rateLimit == null
            ? spec.bindNull("rate", Integer.class).bindNull("burst", Integer.class)
            : spec.bind("rate", rateLimit.requestsPerSecond()).bind("burst", rateLimit.burst());
    return spec.map(ApiKeyStore::toKey).one();
  }

  /** The key with this digest, revoked or not. */
  Mono<ApiKey> findByDigest(byte[] digest) {
    return db.sql("select " + COLUMNS + " from api_key where key_digest = :digest")
        .bind("digest", digest)
        .map(ApiKeyStore::toKey)
        .one();
  }

  Flux<ApiKey> page(long afterPosition, int limit) {
    return db.sql(
            "select "
                + COLUMNS
                + " from api_key where position > :after order by position limit :limit")
        .bind("after", afterPosition)
        .bind("limit", limit)
        .map(ApiKeyStore::toKey)
        .all();
  }

  /** Revokes the key; true when it exists (revoking twice keeps the first time). */
  Mono<Boolean> revoke(String id, Instant at) {
    return db.sql("update api_key set revoked_at = coalesce(revoked_at, :at) where id = :id")
        .bind("id", id)
        .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .fetch()
        .rowsUpdated()
        .map(updated -> updated > 0);
  }

  Mono<Void> recordLastUsed(Map<String, Instant> lastUsed) {
    return Flux.fromIterable(lastUsed.entrySet())
        .concatMap(
            entry ->
                db.sql(
                        "update api_key set last_used_at = greatest(last_used_at, :at)"
                            + " where id = :id")
                    .bind("id", entry.getKey())
                    .bind("at", OffsetDateTime.ofInstant(entry.getValue(), ZoneOffset.UTC))
                    .fetch()
                    .rowsUpdated())
        .then();
  }

  private static ApiKey toKey(Readable row) {
    String[] scopes = row.get("scopes", String[].class);
    Set<Scope> parsed = new LinkedHashSet<>();
    Arrays.stream(scopes).forEach(s -> Scope.fromWireName(s).ifPresent(parsed::add));
    Integer rate = row.get("rate_per_second", Integer.class);
    Integer burst = row.get("burst", Integer.class);
    return new ApiKey(
        row.get("position", Long.class),
        row.get("id", String.class),
        row.get("name", String.class),
        row.get("display_prefix", String.class),
        parsed,
        rate == null || burst == null ? null : new RateLimit(rate, burst),
        instant(row, "created_at"),
        instant(row, "last_used_at"),
        instant(row, "revoked_at"));
  }

  private static Instant instant(Readable row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
