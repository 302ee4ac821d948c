package com.creditbridge.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to run CreditBridge locally.
 *
 * @param dataDir Kafka's log, PostgreSQL's data, the admin key and the logs
 * @param fresh wipe {@code dataDir} before starting
 * @param home the repository root, where {@code <module>/target/<module>-0.1.0-SNAPSHOT-exec.jar}
 *     are
 * @param ports where everything listens; a port of 0 picks a free one (tests use that)
 * @param adminKey the gateway's admin key; {@code null} reads the one kept in {@code dataDir}, or
 *     generates and keeps one
 * @param serviceProperties extra Spring properties per service name (e.g. {@code hold-service}),
 *     passed last so they win
 * @param jvmOptions the services' JVM options
 * @param kafkaBrokers Kafka brokers: 1 runs in the runner's JVM, more run as a cluster of that many
 *     processes
 * @param replicas instances of every service (the gateway too), each its own process
 */
public record LocalSettings(
    Path dataDir,
    boolean fresh,
    Path home,
    Ports ports,
    String adminKey,
    Map<String, Map<String, String>> serviceProperties,
    List<String> jvmOptions,
    int kafkaBrokers,
    int replicas) {

  /**
   * Small heaps and a quick start: four services and the infrastructure share two cores, and C1
   * alone compiles fast enough that the services are warm within seconds.
   */
  public static final List<String> QUICK_START_JVM_OPTIONS =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  public LocalSettings {
    dataDir = dataDir.toAbsolutePath().normalize();
    home = home.toAbsolutePath().normalize();
    serviceProperties = Map.copyOf(serviceProperties);
    jvmOptions = List.copyOf(jvmOptions);
    if (kafkaBrokers < 1 || replicas < 1) {
      throw new IllegalArgumentException("at least one broker and one instance of each service");
    }
  }

  /** One broker, one instance of each service. */
  public LocalSettings(
      Path dataDir,
      boolean fresh,
      Path home,
      Ports ports,
      String adminKey,
      Map<String, Map<String, String>> serviceProperties,
      List<String> jvmOptions) {
    this(dataDir, fresh, home, ports, adminKey, serviceProperties, jvmOptions, 1, 1);
  }

  /** A cluster of {@code kafkaBrokers} brokers and {@code replicas} instances of every service. */
  public LocalSettings withScale(int kafkaBrokers, int replicas) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        ports,
        adminKey,
        serviceProperties,
        jvmOptions,
        kafkaBrokers,
        replicas);
  }

  /** The well-known ports, data in {@code .creditbridge} under the working directory. */
  public static LocalSettings defaults(Path workingDir) {
    return new LocalSettings(
        workingDir.resolve(".creditbridge"),
        false,
        workingDir,
        Ports.defaults(),
        null,
        Map.of(),
        QUICK_START_JVM_OPTIONS);
  }

  /** Free ports for everything, so that tests do not collide with a running copy. */
  public LocalSettings withFreePorts() {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        Ports.free(),
        adminKey,
        serviceProperties,
        jvmOptions,
        kafkaBrokers,
        replicas);
  }

  public LocalSettings withDataDir(Path dataDir) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        ports,
        adminKey,
        serviceProperties,
        jvmOptions,
        kafkaBrokers,
        replicas);
  }

  public LocalSettings withHome(Path home) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        ports,
        adminKey,
        serviceProperties,
        jvmOptions,
        kafkaBrokers,
        replicas);
  }

  public LocalSettings withFresh(boolean fresh) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        ports,
        adminKey,
        serviceProperties,
        jvmOptions,
        kafkaBrokers,
        replicas);
  }

  public LocalSettings withAdminKey(String adminKey) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        ports,
        adminKey,
        serviceProperties,
        jvmOptions,
        kafkaBrokers,
        replicas);
  }

  /** Adds Spring properties for one service (by name, e.g. {@code notification-service}). */
  public LocalSettings withServiceProperties(String service, Map<String, String> properties) {
    Service.named(service);
    Map<String, Map<String, String>> all = new HashMap<>(serviceProperties);
    all.merge(
        service,
        Map.copyOf(properties),
        (old, added) -> {
          Map<String, String> merged = new HashMap<>(old);
          merged.putAll(added);
          return Map.copyOf(merged);
        });
    return new LocalSettings(
        dataDir, fresh, home, ports, adminKey, all, jvmOptions, kafkaBrokers, replicas);
  }

  /** Other JVM options for every service, e.g. the full JIT for a benchmark. */
  public LocalSettings withJvmOptions(List<String> jvmOptions) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        ports,
        adminKey,
        serviceProperties,
        jvmOptions,
        kafkaBrokers,
        replicas);
  }

  Map<String, String> propertiesFor(Service service) {
    return serviceProperties.getOrDefault(service.serviceName(), Map.of());
  }

  int port(Service service) {
    return ports.of(
        switch (service) {
          case ACCOUNT -> Listener.ACCOUNT;
          case HOLD -> Listener.HOLD;
          case NOTIFICATION -> Listener.NOTIFICATION;
          case GATEWAY -> Listener.GATEWAY;
        });
  }
}
