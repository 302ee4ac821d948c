package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Requests without a valid key are throttled per client address after a small burst, with the
 * configured shape (burst 20, 1 per second: the defaults), in a context of its own; valid keys from
 * the same address go on working.
 */
class FailedAuthenticationThrottlingTest extends GatewayIntegrationTest {

  private static final int BURST = 20;

  /** Far more than the bucket can refill while they are sent, even on a very slow machine. */
  private static final int ATTEMPTS = BURST + 60;

  @DynamicPropertySource
  static void throttling(DynamicPropertyRegistry registry) {
    // dynamic properties win over the shared context's generous test setting
    registry.add(
        "creditbridge.gateway.rate-limit.failed-authentication.requests-per-second", () -> 1);
    registry.add("creditbridge.gateway.rate-limit.failed-authentication.burst", () -> BURST);
  }

  private HttpResponse<String> withKey(String key) {
    return client.send(
        client.request("/api/v1/accounts/acc-1").header("Authorization", "Bearer " + key));
  }

  @Test
  void answers429AfterABurstOfUnknownKeysAndStillServesAValidKeyFromTheSameAddress() {
    String valid = createKey("throttle-valid", List.of("ledger:read"), null).get("key").asString();
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> throttled = null;
    for (int i = 0; i < ATTEMPTS && throttled == null; i++) {
      HttpResponse<String> response = withKey("cb_unknown_" + i);
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        throttled = response;
      }
    }

    assertThat(statuses.subList(0, BURST)).as("the burst").containsOnly(401);
    assertThat(throttled).as("a 429 within " + ATTEMPTS + " requests").isNotNull();
    assertProblem(throttled, 429);
    assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    assertThat(GatewayClient.json(throttled.body()).path("detail").asString())
        .contains("without a valid API key");
    // no key at all counts as a failure too, and is throttled the same way
    assertProblem(client.send(client.request("/api/v1/accounts/acc-1")), 429);

    assertThat(withKey(valid).statusCode()).isEqualTo(200);
    assertNoUnknownKeyReachedABackend();
  }

  private static void assertNoUnknownKeyReachedABackend() {
    assertThat(account.received()).hasSize(1); // the valid key's request only
  }
}
