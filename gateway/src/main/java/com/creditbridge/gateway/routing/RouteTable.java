package com.creditbridge.gateway.routing;

import com.creditbridge.gateway.auth.decision.PublicRoutes;
import com.creditbridge.gateway.auth.decision.PublicRoutes.Owner;
import com.creditbridge.platform.access.PersonHeaders;
import com.creditbridge.platform.web.InternalCredential;
import java.net.URI;
import java.util.List;
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
 * Forwards each public path of contract v1 to the service that owns it, as {@link PublicRoutes}
 * declares them. Anything not declared there (for example a service's /actuator) is never
 * forwarded: the gateway answers 404 itself.
 *
 * <p>Templates match whole segments, so the services' paths do not overlap; each service's route
 * still has its own order so that a future broader pattern cannot steal another's paths.
 * Trailing-slash variants are not matched: the services would not recognise them either.
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
    RouteLocatorBuilder.Builder routes = builder.routes();
    int order = 1;
    for (Owner owner : List.of(Owner.HOLD, Owner.NOTIFICATION, Owner.ACCOUNT)) {
      String[] paths = PublicRoutes.templatesOf(owner).toArray(String[]::new);
      URI service = backends.of(owner);
      int position = order++;
      routes.route(
          owner.wireName() + "-service",
          r -> r.order(position).path(false, paths).filters(towardsService).uri(service));
    }
    return routes.build();
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
    // PersonHeaders.KEY_SCOPES is not removed here: ApiKeyFilter already replaced a client's copy
    // with the scopes of the key it checked (or removed it when the route needs no key)
    return internalCredential.isBlank()
        ? spec
        : spec.addRequestHeader(InternalCredential.HEADER, internalCredential);
  }
}
