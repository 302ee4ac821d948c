package com.creditbridge.hold.wording;

import com.creditbridge.hold.store.StoredJson;
import com.creditbridge.platform.wording.Wording;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The wording in force (table {@code wording}): the highest version received, or {@link
 * Wording#DEFAULTS} before the first. Read from the database on every use, like the policy, so
 * every replica words a sentence the same way whichever of them consumed the record.
 */
@Repository
public class WordingInForce {

  /** The wording parsed last: a read of an unchanged version need not parse its JSON again. */
  private final AtomicReference<Wording> parsed = new AtomicReference<>(Wording.DEFAULTS);

  private final DatabaseClient db;

  WordingInForce(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Wording> current() {
    return db.sql("select version, cast(wording as text) as wording from wording where id = 1")
        .map(row -> of(row.get("version", Long.class), row.get("wording", String.class)))
        .one()
        .defaultIfEmpty(Wording.DEFAULTS);
  }

  /**
   * The wording of a stored row (version and JSON, both null when there is none): for a statement
   * that reads it with other things in one round trip.
   */
  public Wording of(Long version, String json) {
    if (version == null || json == null) {
      return Wording.DEFAULTS;
    }
    Wording last = parsed.get();
    if (last.version() == version) {
      return last;
    }
    Wording read = StoredJson.mapper().readValue(json, StoredWording.class).toWording(version);
    parsed.set(read);
    return read;
  }

  /**
   * Keeps {@code wording} when its version is above the stored one; true when it was kept, false
   * for an older or redelivered version (which changes nothing).
   */
  Mono<Boolean> keep(Wording wording, Instant receivedAt) {
    return db.sql(
            """
            insert into wording (id, version, wording, received_at)
            values (1, :version, cast(:wording as jsonb), :receivedAt)
            on conflict (id) do update
               set version = excluded.version, wording = excluded.wording,
                   received_at = excluded.received_at
             where wording.version < excluded.version
            """)
        .bind("version", wording.version())
        .bind("wording", StoredJson.mapper().writeValueAsString(StoredWording.of(wording)))
        .bind("receivedAt", receivedAt)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }
}
