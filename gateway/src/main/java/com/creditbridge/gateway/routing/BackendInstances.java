package com.creditbridge.gateway.routing;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every instance of each service when it runs as several replicas behind this gateway (the local
 * runner's {@code --replicas N}); empty means the one instance of {@link BackendRoutes}. In
 * Kubernetes a Service does this instead and these stay empty.
 */
@ConfigurationProperties("creditbridge.gateway.instances")
public record BackendInstances(List<URI> account, List<URI> hold, List<URI> notification) {

  public BackendInstances {
    account = account == null ? List.of() : List.copyOf(account);
    hold = hold == null ? List.of() : List.copyOf(hold);
    notification = notification == null ? List.of() : List.copyOf(notification);
  }
}
