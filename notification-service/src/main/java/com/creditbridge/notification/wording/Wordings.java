package com.creditbridge.notification.wording;

import com.creditbridge.notification.ColumnJson;
import com.creditbridge.platform.wording.Wording;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The versions of the wording in table {@code wording}; the highest is in force, the contract's
 * defaults (version 0) before anyone chose. Read for every email rendered, so a change reaches the
 * next email on every replica.
 */
@Service
public class Wordings {

  private final DatabaseClient db;

  Wordings(DatabaseClient db) {
    this.db = db;
  }

  /** One version with who chose it; {@code changedBy*} and {@code changedAt} null for defaults. */
  public record StoredWording(
      Wording wording, String changedByName, String changedByEmail, Instant changedAt) {

    static final StoredWording DEFAULTS = new StoredWording(Wording.DEFAULTS, null, null, null);

    public long version() {
      return wording.version();
    }
  }

  /** The wording sentences are written in; joins the caller's transaction. */
  public Mono<Wording> inForce() {
    return current().map(StoredWording::wording);
  }

  /** The version in force with who chose it. */
  public Mono<StoredWording> current() {
    return db.sql(
            "select version, status_labels, phrases, changed_by_name, changed_by_email, changed_at"
                + " from wording order by version desc limit 1")
        .map(
            row ->
                new StoredWording(
                    new Wording(
                        row.get("version", Long.class),
                        labels(row.get("status_labels", String.class)),
                        phrases(row.get("phrases", String.class))),
                    row.get("changed_by_name", String.class),
                    row.get("changed_by_email", String.class),
                    row.get("changed_at", Instant.class)))
        .one()
        .defaultIfEmpty(StoredWording.DEFAULTS);
  }

  /**
   * Stores the version after {@code after}. Two writers at once: the second insert meets the
   * first's primary key and fails (the caller answers 409), so no change is lost silently.
   */
  Mono<StoredWording> store(
      long after, Map<String, String> labels, List<Wording.Phrase> phrases, By by, Instant now) {
    Wording wording = new Wording(after + 1, labels, phrases);
    var insert =
        db.sql(
                """
                insert into wording
                  (version, status_labels, phrases, changed_by_name, changed_by_email, changed_at)
                values (:version, :labels, :phrases, :name, :email, :now)
                """)
            .bind("version", wording.version())
            .bind("labels", ColumnJson.mapper().writeValueAsString(new LinkedHashMap<>(labels)))
            .bind("phrases", ColumnJson.mapper().writeValueAsString(phrases))
            .bind("now", now);
    insert =
        by.name() == null ? insert.bindNull("name", String.class) : insert.bind("name", by.name());
    insert =
        by.email() == null
            ? insert.bindNull("email", String.class)
            : insert.bind("email", by.email());
    return insert.then().thenReturn(new StoredWording(wording, by.name(), by.email(), now));
  }

  /** Who made a change: the signed-in person, or the person an API client named. */
  record By(String name, String email) {}

  private static Map<String, String> labels(String json) {
    return ColumnJson.mapper().readValue(json, new TypeReference<Map<String, String>>() {});
  }

  private static List<Wording.Phrase> phrases(String json) {
    return Arrays.asList(ColumnJson.mapper().readValue(json, Wording.Phrase[].class));
  }
}
