package com.creditbridge.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.creditbridge.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The policy on a plain mapper, and the plain words each refusal becomes. */
class StrictJsonTest {

  record Person(String name, String email) {}

  record Draft(
      String reason,
      Integer graceDays,
      BigDecimal amount,
      LocalDate promisedOn,
      Boolean active,
      List<String> eventTypes,
      Person person,
      Map<String, Integer> rateLimit) {}

  private static final JsonMapper JSON =
      StrictJson.apply(
              JsonMapper.builder(
                  JsonFactory.builder()
                      .streamReadConstraints(
                          StreamReadConstraints.builder().maxNestingDepth(50).build())
                      .build()))
          .build();

  @Test
  void readsValuesOfTheirOwnTypesAndMoneyAsStringOrNumber() {
    Draft draft =
        JSON.readValue(
            """
            {"reason":"late\\npayment","graceDays":3,"amount":"12.50","promisedOn":"2026-05-10",
             "active":true,"eventTypes":["hold.placed"],"person":{"name":"Ana","email":"a@b.c"},
             "rateLimit":{"requestsPerSecond":5}}""",
            Draft.class);
    assertThat(draft.graceDays()).isEqualTo(3);
    assertThat(draft.amount()).isEqualByComparingTo("12.50");
    assertThat(JSON.readValue("{\"amount\":12.5}", Draft.class).amount())
        .isEqualByComparingTo("12.5");
  }

  @Test
  void refusesANumberWhereTextBelongs() {
    assertThat(refusal("{\"reason\":1}")).isEqualTo(new FieldProblem("reason", "must be a string"));
    assertThat(refusal("{\"person\":{\"name\":true}}"))
        .isEqualTo(new FieldProblem("person.name", "must be a string"));
  }

  @Test
  void refusesAFractionOrTextForAWholeNumberInsteadOfTruncating() {
    assertThat(refusal("{\"graceDays\":1.5}"))
        .isEqualTo(new FieldProblem("graceDays", "must be a whole number"));
    assertThat(refusal("{\"graceDays\":\"3\"}"))
        .isEqualTo(new FieldProblem("graceDays", "must be a whole number"));
    assertThat(refusal("{\"rateLimit\":{\"burst\":2.5}}"))
        .isEqualTo(new FieldProblem("rateLimit.burst", "must be a whole number"));
    assertThat(refusal("{\"graceDays\":99999999999}").message()).contains("out of range");
  }

  @Test
  void refusesCoercedBooleans() {
    assertThat(refusal("{\"active\":1}"))
        .isEqualTo(new FieldProblem("active", "must be true or false"));
    assertThat(refusal("{\"active\":\"true\"}"))
        .isEqualTo(new FieldProblem("active", "must be true or false"));
  }

  @Test
  void refusesADateTimeWhereADateBelongs() {
    assertThat(refusal("{\"promisedOn\":\"2026-05-10T00:00:00Z\"}"))
        .isEqualTo(new FieldProblem("promisedOn", "must be a date such as \"2026-05-10\""));
    assertThat(refusal("{\"promisedOn\":\"2026-02-30\"}").field()).isEqualTo("promisedOn");
    assertThat(refusal("{\"promisedOn\":20260510}").field()).isEqualTo("promisedOn");
  }

  @Test
  void refusesControlCharactersAndLineBreaksOutsideProse() {
    assertThat(refusal("{\"reason\":\"a\\u0000b\"}"))
        .isEqualTo(new FieldProblem("reason", TextRules.CONTROL_CHARACTER));
    assertThat(refusal("{\"person\":{\"name\":\"a\\nb\"}}"))
        .isEqualTo(new FieldProblem("person.name", TextRules.SINGLE_LINE));
    assertThat(refusal("{\"eventTypes\":[\"ok\",\"a\\u0001\"]}"))
        .isEqualTo(new FieldProblem("eventTypes[1]", TextRules.CONTROL_CHARACTER));
  }

  @Test
  void namesTheShapeExpectedForArraysAndObjects() {
    assertThat(refusal("{\"eventTypes\":\"hold.placed\"}"))
        .isEqualTo(new FieldProblem("eventTypes", "must be an array"));
    assertThat(refusal("{\"person\":[]}"))
        .isEqualTo(new FieldProblem("person", "must be an object"));
  }

  @Test
  void callsBrokenJsonAndDeepNestingByTheirNamesWithoutParserInternals() {
    for (String broken :
        List.of("{", "[1,2]", "{\"reason\":\"a\"} x", "{\"a\":1,\"a\":2}", "nul")) {
      FieldProblem problem = refusal(broken);
      assertThat(problem.field()).as(broken).isEqualTo(JsonProblems.BODY);
    }
    String deep = "{\"unknown\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(refusal(deep)).isEqualTo(new FieldProblem("body", "is nested too deeply"));
  }

  @Test
  void neverShowsLibraryOrClassNames() {
    for (String hostile :
        List.of("{\"person\":1}", "{\"eventTypes\":{}}", "{\"rateLimit\":[]}", "[", "{\"x\":")) {
      String text = JsonProblems.problem(failure(hostile)).toString() + refusal(hostile);
      assertThat(text).doesNotContain("JsonToken", "tools.jackson", "java.", "Constraints");
    }
  }

  private static FieldProblem refusal(String json) {
    return JsonProblems.fieldProblem(failure(json));
  }

  private static JacksonException failure(String json) {
    JacksonException error =
        catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, Draft.class));
    assertThat(error).as(json).isNotNull();
    return error;
  }
}
