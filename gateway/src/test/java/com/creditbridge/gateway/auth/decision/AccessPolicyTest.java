package com.creditbridge.gateway.auth.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessPolicyTest {

  private static final String KEY = "cbk_Zm9vYmFy-._~+/=";
  private static final KeyGrant READER = new KeyGrant("key_1", Set.of(Scope.LEDGER_READ), null);
  private static final KeyGrant ADMIN = new KeyGrant("admin", Set.of(Scope.ADMIN), null);
  private static final RouteAccess NEEDS_READ = new RouteAccess.Requires(Scope.LEDGER_READ);

  @Test
  void takesTheTokenOfOneBearerHeaderInAnyCase() {
    assertThat(AccessPolicy.credentials(List.of("BEARER   " + KEY)))
        .isEqualTo(new AccessPolicy.Credentials.Token(KEY));
  }

  @Test
  void asksForAKeyWhenThereIsNone() {
    assertThat(AccessPolicy.credentials(List.of()))
        .isEqualTo(new AccessPolicy.Credentials.Unusable(AccessPolicy.NO_KEY));
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
        "Bearer\t" + KEY,
        "Bearer " + KEY + "\"",
        KEY
      })
  void refusesAMalformedHeader(String header) {
    assertThat(AccessPolicy.credentials(List.of(header)))
        .isEqualTo(new AccessPolicy.Credentials.Unusable(AccessPolicy.MALFORMED));
  }

  @Test
  void refusesTwoAuthorizationHeadersEvenIfOneIsRight() {
    assertThat(AccessPolicy.credentials(List.of("Bearer " + KEY, "Bearer other")))
        .isInstanceOf(AccessPolicy.Credentials.Unusable.class);
  }

  @Test
  void grantsAKeyWithTheScope() {
    assertThat(AccessPolicy.decide(NEEDS_READ, Optional.of(READER)))
        .isEqualTo(new AccessDecision.Granted(READER));
  }

  @Test
  void letsAdminDoEverything() {
    assertThat(
            AccessPolicy.decide(new RouteAccess.Requires(Scope.POLICY_ADMIN), Optional.of(ADMIN)))
        .isEqualTo(new AccessDecision.Granted(ADMIN));
  }

  @Test
  void forbidsAKeyWithoutTheScope() {
    assertThat(
            AccessPolicy.decide(new RouteAccess.Requires(Scope.LEDGER_WRITE), Optional.of(READER)))
        .isInstanceOfSatisfying(
            AccessDecision.Forbidden.class,
            forbidden -> assertThat(forbidden.detail()).contains("ledger:write"));
  }

  @Test
  void grantsARouteWithAlternativesToAKeyHoldingAnyOneOfThem() {
    RouteAccess creditOrSales =
        new RouteAccess.RequiresAnyOf(List.of(Scope.CREDIT_WRITE, Scope.SALES_WRITE));
    KeyGrant sales = new KeyGrant("crm", Set.of(Scope.SALES_WRITE), null);
    KeyGrant credit = new KeyGrant("erp", Set.of(Scope.CREDIT_WRITE, Scope.LEDGER_READ), null);

    assertThat(AccessPolicy.decide(creditOrSales, Optional.of(sales)))
        .isEqualTo(new AccessDecision.Granted(sales));
    assertThat(AccessPolicy.decide(creditOrSales, Optional.of(credit)))
        .isEqualTo(new AccessDecision.Granted(credit));
    assertThat(AccessPolicy.decide(creditOrSales, Optional.of(ADMIN)))
        .isEqualTo(new AccessDecision.Granted(ADMIN));
  }

  @Test
  void forbidsARouteWithAlternativesToAKeyHoldingNoneOfThem() {
    RouteAccess creditOrSales =
        new RouteAccess.RequiresAnyOf(List.of(Scope.CREDIT_WRITE, Scope.SALES_WRITE));

    assertThat(AccessPolicy.decide(creditOrSales, Optional.of(READER)))
        .isInstanceOfSatisfying(
            AccessDecision.Forbidden.class,
            forbidden -> assertThat(forbidden.detail()).contains("credit:write", "sales:write"));
    assertThat(AccessPolicy.decide(creditOrSales, Optional.empty()))
        .isInstanceOf(AccessDecision.Unauthenticated.class);
  }

  @Test
  void refusesAnUnknownOrRevokedKey() {
    assertThat(AccessPolicy.decide(NEEDS_READ, Optional.empty()))
        .isEqualTo(new AccessDecision.Unauthenticated(AccessPolicy.UNKNOWN));
  }

  @Test
  void saysWhetherAPathExistsOnlyToAValidKey() {
    assertThat(AccessPolicy.decide(new RouteAccess.NoSuchPath(), Optional.empty()))
        .isInstanceOf(AccessDecision.Unauthenticated.class);
    assertThat(AccessPolicy.decide(new RouteAccess.NoSuchPath(), Optional.of(READER)))
        .isEqualTo(new AccessDecision.NotRouted(Set.of()));
    assertThat(
            AccessPolicy.decide(
                new RouteAccess.MethodNotAllowed(Set.of("POST")), Optional.of(READER)))
        .isEqualTo(new AccessDecision.NotRouted(Set.of("POST")));
  }

  @Test
  void opensPublicRoutesWithoutAKey() {
    assertThat(AccessPolicy.decide(new RouteAccess.Public(true), Optional.empty()))
        .isEqualTo(new AccessDecision.Open(true));
  }
}
