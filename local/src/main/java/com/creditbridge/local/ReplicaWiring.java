package com.creditbridge.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** What a gateway needs to know when every service runs as several replicas. */
final class ReplicaWiring {

  private ReplicaWiring() {}

  /**
   * For a gateway: every instance of each service, which it takes in turn (skipping one that
   * refuses connections); nothing for the other services or with one instance each.
   *
   * @param port the port of instance {@code index} (0-based) of a service
   */
  static Map<String, String> gatewayInstances(
      Service service, int replicas, BiFunction<Service, Integer, Integer> port) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (service != Service.GATEWAY || replicas == 1) {
      return properties;
    }
    Map<Service, String> keys =
        Map.of(
            Service.ACCOUNT, "account", Service.HOLD, "hold", Service.NOTIFICATION, "notification");
    keys.forEach(
        (backend, key) -> {
          List<String> urls = new ArrayList<>();
          for (int index = 0; index < replicas; index++) {
            urls.add("http://127.0.0.1:" + port.apply(backend, index));
          }
          properties.put("creditbridge.gateway.instances." + key, String.join(",", urls));
        });
    return properties;
  }
}
