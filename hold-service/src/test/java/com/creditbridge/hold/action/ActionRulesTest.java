package com.creditbridge.hold.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.hold.action.ActionRequests.OverrideRequest;
import com.creditbridge.hold.action.ActionRequests.PromiseRequest;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionRulesTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-05-05");

  @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
  @CsvSource({
    "EUR, 10.00,  2026-05-05, ''",
    "EUR, 10.00,  2026-06-04, ''",
    "EUR, 10.00,  2026-06-05, promisedOn",
    "EUR, 10.00,  2026-05-04, promisedOn",
    "EUR, 10.001, 2026-05-10, amount",
    "JPY, 10.5,   2026-05-10, amount",
    "JPY, 10,     2026-05-10, ''",
    "EUR, 0,      2026-05-10, amount",
  })
  void checksPromiseAmountsAndDates(
      String currency, BigDecimal amount, LocalDate promisedOn, String field) {
    var problems =
        ActionRules.check(
            new PromiseRequest(amount, promisedOn, "Paula", null),
            PolicySettings.DEFAULTS,
            TODAY,
            CurrencyUnit.of(currency));

    assertThat(problems.stream().map(FieldProblem::field).toList())
        .isEqualTo(field.isEmpty() ? List.of() : List.of(field));
  }

  @ParameterizedTest(name = "until {0} -> {1}")
  @CsvSource({"2026-05-05, ''", "2026-06-04, ''", "2026-06-05, until", "2026-05-04, until"})
  void keepsOverridesWithinMaxOverrideDays(LocalDate until, String field) {
    var problems =
        ActionRules.check(
            new OverrideRequest("CEO call", "Carla", until), PolicySettings.DEFAULTS, TODAY);

    assertThat(problems.stream().map(FieldProblem::field).toList())
        .isEqualTo(field.isEmpty() ? List.of() : List.of(field));
  }
}
