package com.creditbridge.notification;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON this service writes into and reads from its own columns and fetches (planned email rows,
 * working-agreement sections, the policy it reads from the hold-service). Its own, not the
 * contracts' event mapping: how the service stores its tables is not the wire's to say.
 */
public final class ColumnJson {

  /** ISO dates, and tolerant of fields a newer version wrote (as rows outlive a rollback). */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ColumnJson() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
