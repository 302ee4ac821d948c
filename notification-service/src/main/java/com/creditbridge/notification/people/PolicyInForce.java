package com.creditbridge.notification.people;

import com.creditbridge.notification.ColumnJson;
import com.creditbridge.notification.email.content.PolicyWords;
import com.creditbridge.platform.web.InternalCredential;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/**
 * Reads the policy in force from the hold-service, which owns it ({@code GET /api/v1/policy} with
 * the internal credential, as the gateway calls it). Read when a welcome is written, not copied
 * from events: no event carries the settings, and the welcome is rare, so one HTTP read per pass is
 * the simplest way to always tell the policy as it is now.
 */
@Component
public class PolicyInForce {

  /** credit-policy.md's default, for a hold-service that does not send the setting yet. */
  public static final BigDecimal DEFAULT_JOINT_DECISION_EXPOSURE = new BigDecimal("100000.00");

  private final HttpClient http;
  private final WelcomeProperties properties;

  PolicyInForce(
      WelcomeProperties properties,
      @Value("${" + InternalCredential.PROPERTY + ":}") String internalCredential) {
    this.properties = properties;
    HttpClient client = HttpClient.create().responseTimeout(properties.policyTimeout());
    this.http =
        internalCredential == null || internalCredential.isBlank()
            ? client
            : client.headers(h -> h.set(InternalCredential.HEADER, internalCredential));
  }

  /** The settings in force; an error when the hold-service cannot be read. */
  public Mono<PolicyWords.Terms> current() {
    return http.headers(h -> h.set(HttpHeaderNames.ACCEPT, "application/json"))
        .get()
        .uri(properties.policyUrl())
        .responseSingle(
            (response, body) -> {
              if (response.status().code() != 200) {
                return Mono.error(
                    new IllegalStateException(
                        "the hold-service answered "
                            + response.status().code()
                            + " for the policy"));
              }
              return body.asString(StandardCharsets.UTF_8);
            })
        .timeout(properties.policyTimeout())
        .map(PolicyInForce::terms);
  }

  static PolicyWords.Terms terms(String json) {
    JsonNode policy = ColumnJson.mapper().readTree(json);
    return new PolicyWords.Terms(
        policy.required("holdAfterDaysPastDue").asInt(),
        policy.required("warnDaysBeforeHold").asInt(),
        decimal(policy, "creditLimitHoldRatio"),
        decimal(policy, "creditLimitWarnRatio"),
        decimal(policy, "pastDueTolerance"),
        policy.required("promiseGraceDays").asInt(),
        decimal(policy, "escalationExposure"),
        policy.required("escalationAckHours").asInt(),
        policy.hasNonNull("jointDecisionExposure")
            ? decimal(policy, "jointDecisionExposure")
            : DEFAULT_JOINT_DECISION_EXPOSURE);
  }

  private static BigDecimal decimal(JsonNode policy, String field) {
    return new BigDecimal(policy.required(field).asString());
  }
}
