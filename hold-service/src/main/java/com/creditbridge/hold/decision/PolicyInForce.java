package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.PolicyDraft;
import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.store.StoredJson;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The versioned policy (table {@code policy_version}): the newest row is in force; before the first
 * change it is {@link PolicyVersion#INITIAL}. Read from the database on every use, so every replica
 * decides with the same version.
 */
@Repository
public class PolicyInForce {

  /** Serialises policy changes, so versions are consecutive. */
  private static final long POLICY_LOCK = 0x706f6c696379L; // "policy"

  private final DatabaseClient db;

  PolicyInForce(DatabaseClient db) {
    this.db = db;
  }

  public Mono<PolicyVersion> current() {
    return db.sql(
            "select version, cast(settings as text) as settings from policy_version"
                + " order by version desc limit 1")
        .map(
            row ->
                new PolicyVersion(
                    row.get("version", Long.class), settingsOf(row.get("settings", String.class))))
        .one()
        .defaultIfEmpty(PolicyVersion.INITIAL);
  }

  /** Stores the settings as the next version, in the caller's transaction. */
  public Mono<PolicyVersion> store(PolicySettings settings, Instant at) {
    return db.sql("select pg_advisory_xact_lock(:lock)")
        .bind("lock", POLICY_LOCK)
        .then()
        .then(current())
        .flatMap(
            current -> {
              PolicyVersion next = new PolicyVersion(current.number() + 1, settings);
              return db.sql(
                      "insert into policy_version (version, settings, created_at)"
                          + " values (:version, cast(:settings as jsonb), :at)")
                  .bind("version", next.number())
                  .bind(
                      "settings", StoredJson.mapper().writeValueAsString(PolicyDraft.of(settings)))
                  .bind("at", at)
                  .then()
                  .thenReturn(next);
            });
  }

  /** The settings of a stored policy version (older versions lack later settings: defaults). */
  static PolicySettings settingsOf(String json) {
    return StoredJson.mapper().readValue(json, PolicyDraft.class).toSettings();
  }
}
