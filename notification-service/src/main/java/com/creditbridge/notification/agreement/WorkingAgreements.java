package com.creditbridge.notification.agreement;

import com.creditbridge.notification.ColumnJson;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The versions of the working agreement in {@code working_agreement}; the highest is in force. */
@Service
public class WorkingAgreements {

  private final DatabaseClient db;

  WorkingAgreements(DatabaseClient db) {
    this.db = db;
  }

  /** The agreement in force, or an empty one at version 0. */
  public Mono<WorkingAgreement> current() {
    return db.sql(
            "select version, sections, updated_by, updated_at from working_agreement"
                + " order by version desc limit 1")
        .map(
            row ->
                new WorkingAgreement(
                    decode(row.get("sections", String.class)),
                    row.get("version", Long.class),
                    row.get("updated_by", String.class),
                    row.get("updated_at", Instant.class)))
        .one()
        .defaultIfEmpty(WorkingAgreement.NONE);
  }

  /**
   * Stores the next version. Two writers at once: the second insert meets the first's primary key
   * and fails (the caller answers 409), so no change is silently lost.
   */
  Mono<WorkingAgreement> store(
      List<WorkingAgreement.Section> sections, long after, String by, Instant now) {
    long version = after + 1;
    var insert =
        db.sql(
                """
                insert into working_agreement (version, sections, updated_by, updated_at)
                values (:version, :sections, :by, :now)
                """)
            .bind("version", version)
            .bind("sections", ColumnJson.mapper().writeValueAsString(sections))
            .bind("now", now);
    insert = by == null ? insert.bindNull("by", String.class) : insert.bind("by", by);
    return insert.then().thenReturn(new WorkingAgreement(sections, version, by, now));
  }

  private static List<WorkingAgreement.Section> decode(String json) {
    return Arrays.asList(ColumnJson.mapper().readValue(json, WorkingAgreement.Section[].class));
  }
}
