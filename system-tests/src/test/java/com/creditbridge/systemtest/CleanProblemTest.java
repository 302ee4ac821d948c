package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The suite's check can fail: each way an answer can be unclean is caught. */
class CleanProblemTest {

  private static final Map<String, String> PROBLEM =
      Map.of("content-type", "application/problem+json");

  @Test
  void acceptsA4xxProblemInPlainWords() {
    assertThat(
            CleanProblem.faultIn(
                answer(
                    400,
                    PROBLEM,
                    "{\"type\":\"t\",\"title\":\"Bad\",\"status\":400,\"detail\":\"d\","
                        + "\"errors\":[{\"field\":\"a\",\"message\":\"must be a string\"}]}")))
        .isEmpty();
  }

  @Test
  void flagsServerErrorsBareAnswersAndLeakedNames() {
    String ok = "{\"type\":\"t\",\"title\":\"Bad\",\"status\":%d,\"detail\":\"%s\"}";
    assertThat(CleanProblem.faultIn(answer(500, PROBLEM, ok.formatted(500, "x")))).isPresent();
    assertThat(CleanProblem.faultIn(answer(200, PROBLEM, ok.formatted(200, "x")))).isPresent();
    assertThat(CleanProblem.faultIn(answer(414, Map.of(), ""))).isPresent();
    assertThat(
            CleanProblem.faultIn(
                answer(400, PROBLEM, ok.formatted(400, "Unexpected JsonToken.START_OBJECT"))))
        .hasValueSatisfying(fault -> assertThat(fault).contains("JsonToken"));
    assertThat(CleanProblem.faultIn(answer(400, PROBLEM, ok.formatted(401, "x")))).isPresent();
    assertThat(
            CleanProblem.faultIn(
                answer(400, PROBLEM, ok.formatted(400, "x").replace("}", ",\"errors\":[1]}"))))
        .isPresent();
  }

  private static RawHttp.Answer answer(int status, Map<String, String> headers, String body) {
    return new RawHttp.Answer(status, headers, body);
  }
}
