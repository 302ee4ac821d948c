package com.creditbridge.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

import com.creditbridge.gateway.routing.decision.InstanceRotation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Spreads each route's requests over the service's instances ({@link BackendInstances}), in turn,
 * skipping for a few seconds an instance that refused a connection (killed or restarting). A
 * request that was already sent to an instance that then died is not retried here: it was maybe
 * processed, and only the client knows whether repeating it is safe (ledger events are, by id).
 */
@Component
class InstanceChoiceFilter implements GlobalFilter, Ordered {

  private static final Duration REST = Duration.ofSeconds(3);

  /** By the authority of the single route URI: the instances to use instead. */
  private final Map<String, InstanceRotation<URI>> rotations = new HashMap<>();

  private final Clock clock;

  InstanceChoiceFilter(BackendRoutes routes, BackendInstances instances, Clock clock) {
    this.clock = clock;
    register(routes.account(), instances.account());
    register(routes.hold(), instances.hold());
    register(routes.notification(), instances.notification());
  }

  private void register(URI route, List<URI> instances) {
    if (instances.size() > 1) {
      rotations.put(route.getRawAuthority(), new InstanceRotation<>(instances, REST));
    }
  }

  @Override
  public int getOrder() {
    return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    URI url = exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
    InstanceRotation<URI> rotation = url == null ? null : rotations.get(url.getRawAuthority());
    if (rotation == null) {
      return chain.filter(exchange);
    }
    URI instance = rotation.next(clock.instant());
    URI chosen =
        UriComponentsBuilder.fromUri(url)
            .scheme(instance.getScheme())
            .host(instance.getHost())
            .port(instance.getPort())
            .build(true)
            .toUri();
    exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, chosen);
    return chain
        .filter(exchange)
        .doOnError(
            error -> {
              if (InstanceRotation.refusedConnection(error)) {
                rotation.refused(instance, clock.instant());
              }
            });
  }
}
