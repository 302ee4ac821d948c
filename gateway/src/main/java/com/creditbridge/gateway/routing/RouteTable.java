package com.creditbridge.gateway.routing;

import com.creditbridge.platform.access.PersonHeaders;
import com.creditbridge.platform.web.InternalCredential;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Every public path of contract v1 and the service that owns it. Anything not listed here (for
 * example a service's /actuator) is never forwarded: the gateway answers 404 itself.
 *
 * <p>Patterns match whole segments, so the families below do not overlap; the order still puts the
 * most specific paths first so that a future broader pattern cannot steal them. Trailing-slash
 * variants are not matched: the services would not recognise them either.
 */
@Configuration(proxyBeanMethods = false)
class RouteTable {

  @Bean
  RouteLocator creditBridgeRoutes(
      RouteLocatorBuilder builder,
      BackendRoutes backends,
      @Value("${creditbridge.internal.credential:}") String internalCredential) {
    Function<GatewayFilterSpec, UriSpec> towardsService =
        filters -> towardsService(filters, internalCredential);
    return builder
        .routes()
        .route(
            "hold-service",
            r ->
                r.order(1)
                    .path(
                        false,
                        "/api/v1/accounts/{accountId}/credit-status",
                        "/api/v1/accounts/{accountId}/holds",
                        "/api/v1/accounts/{accountId}/overrides/**",
                        "/api/v1/accounts/{accountId}/promises/**",
                        "/api/v1/accounts/{accountId}/notes/**",
                        "/api/v1/accounts/{accountId}/timeline",
                        "/api/v1/credit-status",
                        "/api/v1/policy/**")
                    .filters(towardsService)
                    .uri(backends.hold()))
        .route(
            "notification-service",
            r ->
                r.order(2)
                    .path(
                        false,
                        "/api/v1/webhook-endpoints/**",
                        "/api/v1/templates/**",
                        "/api/v1/notifications/**",
                        "/api/v1/escalations/acknowledge")
                    .filters(towardsService)
                    .uri(backends.notification()))
        .route(
            "account-service",
            r ->
                r.order(3)
                    .path(
                        false,
                        "/api/v1/ledger-events",
                        "/api/v1/accounts",
                        "/api/v1/accounts/{accountId}",
                        "/api/v1/accounts/{accountId}/invoices")
                    .filters(towardsService)
                    .uri(backends.account()))
        .build();
  }

  /**
   * The API key is the gateway's business; services never see it (nor could they log it). The
   * internal credential is the gateway's alone: a client's copy is dropped, the real one added.
   */
  private static UriSpec towardsService(GatewayFilterSpec filters, String internalCredential) {
    GatewayFilterSpec spec =
        filters
            .removeRequestHeader(HttpHeaders.AUTHORIZATION)
            .removeRequestHeader(InternalCredential.HEADER)
            // only the workspace names a signed-in person, on its own calls; a client cannot
            .removeRequestHeader(PersonHeaders.EMAIL)
            .removeRequestHeader(PersonHeaders.ROLES)
            .removeRequestHeader(PersonHeaders.NAME);
    return internalCredential.isBlank()
        ? spec
        : spec.addRequestHeader(InternalCredential.HEADER, internalCredential);
  }
}
