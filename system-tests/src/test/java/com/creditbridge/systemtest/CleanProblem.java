package com.creditbridge.systemtest;

import com.creditbridge.contracts.EventJson;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the hostile-input suite asks of every answer: a 4xx RFC 9457 problem with type, title,
 * status and detail, errors as {field, message}, and no Java class or library named in it.
 */
final class CleanProblem {

  static final List<String> LEAKS =
      List.of(
          "tools.jackson",
          "com.fasterxml",
          "java.",
          "javax.",
          "jakarta.",
          "org.springframework",
          "io.netty",
          "reactor.",
          "com.creditbridge",
          "JsonToken",
          "JsonNode",
          "StreamReadConstraints",
          "Exception",
          "\tat ");

  private CleanProblem() {}

  /** What is wrong with the answer to a hostile request; empty when it is a clean 4xx problem. */
  static Optional<String> faultIn(RawHttp.Answer answer) {
    if (answer.status() < 400 || answer.status() > 499) {
      return Optional.of("status " + answer.status() + " " + shorten(answer.body()));
    }
    if (!answer.contentType().startsWith("application/problem+json")) {
      return Optional.of(answer.status() + " with content type '" + answer.contentType() + "'");
    }
    JsonNode problem;
    try {
      problem = EventJson.mapper().readTree(answer.body());
    } catch (RuntimeException notJson) {
      return Optional.of(answer.status() + " with a body that is not JSON");
    }
    if (!problem.path("type").isString()
        || !problem.path("title").isString()
        || !problem.path("detail").isString()
        || problem.path("status").asInt() != answer.status()) {
      return Optional.of(answer.status() + " without type/title/status/detail");
    }
    for (JsonNode error : problem.path("errors")) {
      if (!error.path("field").isString() || !error.path("message").isString()) {
        return Optional.of(answer.status() + " with an error without field/message");
      }
    }
    String shown =
        problem.path("title").asString()
            + problem.path("detail").asString()
            + problem.path("errors").toString();
    return LEAKS.stream()
        .filter(shown::contains)
        .findFirst()
        .map(leak -> answer.status() + " names '" + leak + "': " + shorten(shown));
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
