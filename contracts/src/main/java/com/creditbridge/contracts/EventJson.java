package com.creditbridge.contracts;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of the events on the wire: ISO dates and instants, decimal strings for
 * money, unknown fields ignored so that producers can add fields compatibly.
 */
public final class EventJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private EventJson() {}

  public static byte[] encode(CloudEvent<?> event) {
    return MAPPER.writeValueAsBytes(event);
  }

  public static String encodeToString(CloudEvent<?> event) {
    return new String(encode(event), StandardCharsets.UTF_8);
  }

  /** Reads a structured CloudEvent whose {@code data} is of the given record type. */
  public static <T> CloudEvent<T> decode(byte[] json, Class<T> dataType) {
    JavaType type = MAPPER.getTypeFactory().constructParametricType(CloudEvent.class, dataType);
    return MAPPER.readValue(json, type);
  }

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
