package com.creditbridge.gateway.auth.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessPolicyTest {

  private static final String KEY = "cb_admin_Zm9vYmFy-._~+/=";
  private final AccessPolicy policy = new AccessPolicy(KEY);

  @Test
  void grantsTheAdminKey() {
    assertThat(policy.decide("/api/v1/accounts/a", List.of("Bearer " + KEY)))
        .isEqualTo(new AccessDecision.Granted("admin"));
  }

  @Test
  void acceptsTheSchemeInAnyCaseAndExtraSpaces() {
    assertThat(policy.decide("/api/v1/policy", List.of("BEARER   " + KEY)))
        .isInstanceOf(AccessDecision.Granted.class);
  }

  @Test
  void asksForAKeyWhenThereIsNone() {
    assertThat(policy.decide("/api/v1/accounts", List.of()))
        .isInstanceOfSatisfying(
            AccessDecision.Unauthenticated.class,
            denied -> assertThat(denied.detail()).contains("Authorization: Bearer"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic YWRtaW46YWRtaW4=",
        "Bearer",
        "Bearer ",
        "Bearer a b",
        "Bearer " + KEY + ",Bearer " + KEY,
        "Token " + KEY,
        KEY
      })
  void refusesAMalformedHeader(String header) {
    assertThat(policy.decide("/api/v1/accounts", List.of(header)))
        .isInstanceOfSatisfying(
            AccessDecision.Unauthenticated.class,
            denied -> assertThat(denied.detail()).contains("must be exactly one"));
  }

  @Test
  void refusesTwoAuthorizationHeadersEvenIfOneIsRight() {
    assertThat(policy.decide("/api/v1/accounts", List.of("Bearer " + KEY, "Bearer other")))
        .isInstanceOf(AccessDecision.Unauthenticated.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"wrong", "cb_admin_Zm9vYmFy-._~+/", "cb_admin_Zm9vYmFy-._~+/==", "CB_ADMIN"})
  void refusesAnUnknownKey(String key) {
    assertThat(policy.decide("/api/v1/accounts", List.of("Bearer " + key)))
        .isEqualTo(new AccessDecision.Unauthenticated("The API key is not recognised."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/v1/anything", "/", "/favicon.ico", "/%61ctuator/health", "/actuator"})
  void protectsEveryPathButTheGatewaysOwnActuator(String path) {
    assertThat(policy.decide(path, List.of())).isInstanceOf(AccessDecision.Unauthenticated.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/prometheus"})
  void letsHealthAndMetricsThroughWithoutAKey(String path) {
    assertThat(policy.decide(path, List.of())).isEqualTo(new AccessDecision.Open());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "has space", "quote\"", "semi;colon"})
  void refusesAnAdminKeyThatCannotBeSentAsBearerToken(String adminKey) {
    assertThatThrownBy(() -> new AccessPolicy(adminKey))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
