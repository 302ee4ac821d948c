package com.creditbridge.local;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The port of every service instance: the first instance on the configured port (a free one for 0),
 * replica k ten ports above the one before (8081, 8091, ...) or a free one.
 */
final class InstancePorts {

  private final LocalSettings settings;
  private final Map<Service, Integer> first;
  private final Map<String, Integer> replicas = new HashMap<>();

  InstancePorts(LocalSettings settings) {
    this.settings = settings;
    this.first = resolveFirst(settings);
  }

  Map<Service, Integer> first() {
    return first;
  }

  /** The port of instance {@code index} (0-based) of {@code service}. */
  synchronized int of(Service service, int index) {
    if (index == 0) {
      return first.get(service);
    }
    return replicas.computeIfAbsent(
        service.serviceName() + "-" + index,
        key -> settings.port(service) == 0 ? Ports.freePort() : first.get(service) + 10 * index);
  }

  private static Map<Service, Integer> resolveFirst(LocalSettings settings) {
    Map<Service, Integer> ports = new EnumMap<>(Service.class);
    Set<Integer> taken = new HashSet<>();
    for (Service service : Service.values()) {
      int port = settings.port(service);
      while (port == 0 || (settings.port(service) == 0 && taken.contains(port))) {
        port = Ports.freePort();
      }
      taken.add(port);
      ports.put(service, port);
    }
    return ports;
  }
}
