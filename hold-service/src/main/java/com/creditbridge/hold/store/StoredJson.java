package com.creditbridge.hold.store;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper for the JSON the hold-service stores (open invoices, contacts, reasons, timeline
 * detail). The stored shapes are the service's own records with explicit property names, so a
 * change of the wire contracts or of their mapper never changes what is on disk. Dates are ISO
 * strings; properties a record no longer has are ignored, so older rows still read.
 */
public final class StoredJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private StoredJson() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
