package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. Written by hand because the CloudEvents
 * Spring integration does not work with Spring Framework 7; the format is small and pinned by
 * golden-JSON tests.
 *
 * @param subject the account id, so a consumer can route without reading {@code data}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
    @JsonProperty("specversion") String specVersion,
    @JsonProperty("id") String id,
    @JsonProperty("source") String source,
    @JsonProperty("type") String type,
    @JsonProperty("subject") String subject,
    @JsonProperty("time") Instant time,
    @JsonProperty("datacontenttype") String dataContentType,
    @JsonProperty("data") T data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON = "application/json";

  /** The content type of a structured-mode CloudEvent, used as a Kafka header and HTTP header. */
  public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

  public CloudEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
  }

  public static <T> CloudEvent<T> of(
      String id, String source, String type, String subject, Instant time, T data) {
    return new CloudEvent<>(SPEC_VERSION, id, source, type, subject, time, JSON, data);
  }
}
