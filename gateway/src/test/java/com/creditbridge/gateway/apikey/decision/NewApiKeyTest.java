package com.creditbridge.gateway.apikey.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.gateway.auth.decision.RateLimit;
import com.creditbridge.gateway.auth.decision.Scope;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewApiKeyTest {

  @Test
  void acceptsANameScopesAndAnOptionalRateLimit() {
    var result =
        NewApiKey.validate(
            new NewApiKey.Request(
                "  ERP  ",
                List.of("ledger:write", "ledger:read"),
                Map.of("requestsPerSecond", 10, "burst", 20)));

    assertThat(result)
        .isEqualTo(
            new NewApiKey.Result.Valid(
                new NewApiKey(
                    "ERP", Set.of(Scope.LEDGER_WRITE, Scope.LEDGER_READ), new RateLimit(10, 20))));
  }

  @Test
  void acceptsTheOrderCreditCheckScope() {
    var result =
        NewApiKey.validate(new NewApiKey.Request("ERP orders", List.of("credit:check"), null));

    assertThat(result)
        .isEqualTo(
            new NewApiKey.Result.Valid(
                new NewApiKey("ERP orders", Set.of(Scope.CREDIT_CHECK), null)));
  }

  @Test
  void acceptsTheSalesWriteScopeOfACrm() {
    var result =
        NewApiKey.validate(
            new NewApiKey.Request("CRM", List.of("sales:write", "credit:read"), null));

    assertThat(result)
        .isEqualTo(
            new NewApiKey.Result.Valid(
                new NewApiKey("CRM", Set.of(Scope.SALES_WRITE, Scope.CREDIT_READ), null)));
  }

  @Test
  void namesEveryInvalidField() {
    var result =
        NewApiKey.validate(
            new NewApiKey.Request(
                "x".repeat(101), List.of("ledger:read", "root"), Map.of("burst", 0)));

    assertThat(result)
        .isInstanceOfSatisfying(
            NewApiKey.Result.Invalid.class,
            invalid ->
                assertThat(invalid.violations())
                    .extracting(NewApiKey.Violation::field)
                    .containsExactly(
                        "name", "scopes[1]", "rateLimit.requestsPerSecond", "rateLimit.burst"));
  }

  @Test
  void needsAtLeastOneScope() {
    assertThat(NewApiKey.validate(new NewApiKey.Request("x", List.of(), null)))
        .isInstanceOf(NewApiKey.Result.Invalid.class);
    assertThat(NewApiKey.validate(new NewApiKey.Request("x", null, null)))
        .isInstanceOf(NewApiKey.Result.Invalid.class);
  }

  @Test
  void refusesControlCharactersInTheName() {
    assertThat(NewApiKey.validate(new NewApiKey.Request("a\nb", List.of("admin"), null)))
        .isInstanceOf(NewApiKey.Result.Invalid.class);
  }

  @Test
  void makesKeysOf256RandomBitsAndStoresOnlyTheirDigest() {
    SecureRandom random = new SecureRandom();
    String key = ApiKeySecret.generate(random);

    assertThat(key).startsWith("cbk_").hasSize(4 + 43).matches("cbk_[A-Za-z0-9_-]+");
    assertThat(ApiKeySecret.generate(random)).isNotEqualTo(key);
    assertThat(ApiKeySecret.digest(key)).hasSize(32).isEqualTo(ApiKeySecret.digest(key));
    assertThat(ApiKeySecret.displayPrefix(key)).isEqualTo(key.substring(0, 12));
    assertThat(ApiKeySecret.newId(random)).matches("key_[0-9a-f]{16}");
  }
}
