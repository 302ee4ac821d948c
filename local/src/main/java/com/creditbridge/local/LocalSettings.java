package com.creditbridge.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How to run CreditBridge locally. A port of 0 picks a free one (tests use that).
 *
 * @param dataDir Kafka's log, PostgreSQL's data, the admin key and the logs
 * @param fresh wipe {@code dataDir} before starting
 * @param home the repository root, where {@code <module>/target/<module>-0.1.0-SNAPSHOT-exec.jar}
 *     are
 * @param adminKey the gateway's admin key; {@code null} reads the one kept in {@code dataDir}, or
 *     generates and keeps one
 * @param serviceProperties extra Spring properties per service name (e.g. {@code hold-service}),
 *     passed last so they win
 */
public record LocalSettings(
    Path dataDir,
    boolean fresh,
    Path home,
    int gatewayPort,
    int accountPort,
    int holdPort,
    int notificationPort,
    int kafkaPort,
    int kafkaControllerPort,
    int postgresPort,
    int smtpPort,
    int imapPort,
    String adminKey,
    Map<String, Map<String, String>> serviceProperties) {

  public LocalSettings {
    dataDir = dataDir.toAbsolutePath().normalize();
    home = home.toAbsolutePath().normalize();
    serviceProperties = Map.copyOf(serviceProperties);
  }

  /** The well-known ports, data in {@code .creditbridge} under the working directory. */
  public static LocalSettings defaults(Path workingDir) {
    return new LocalSettings(
        workingDir.resolve(".creditbridge"),
        false,
        workingDir,
        8080,
        8081,
        8082,
        8083,
        9092,
        9093,
        15432,
        3025,
        3143,
        null,
        Map.of());
  }

  /** Free ports for everything, so that tests do not collide with a running copy. */
  public LocalSettings withFreePorts() {
    return new LocalSettings(
        dataDir, fresh, home, 0, 0, 0, 0, 0, 0, 0, 0, 0, adminKey, serviceProperties);
  }

  public LocalSettings withDataDir(Path dataDir) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        gatewayPort,
        accountPort,
        holdPort,
        notificationPort,
        kafkaPort,
        kafkaControllerPort,
        postgresPort,
        smtpPort,
        imapPort,
        adminKey,
        serviceProperties);
  }

  public LocalSettings withHome(Path home) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        gatewayPort,
        accountPort,
        holdPort,
        notificationPort,
        kafkaPort,
        kafkaControllerPort,
        postgresPort,
        smtpPort,
        imapPort,
        adminKey,
        serviceProperties);
  }

  public LocalSettings withFresh(boolean fresh) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        gatewayPort,
        accountPort,
        holdPort,
        notificationPort,
        kafkaPort,
        kafkaControllerPort,
        postgresPort,
        smtpPort,
        imapPort,
        adminKey,
        serviceProperties);
  }

  public LocalSettings withAdminKey(String adminKey) {
    return new LocalSettings(
        dataDir,
        fresh,
        home,
        gatewayPort,
        accountPort,
        holdPort,
        notificationPort,
        kafkaPort,
        kafkaControllerPort,
        postgresPort,
        smtpPort,
        imapPort,
        adminKey,
        serviceProperties);
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
        dataDir,
        fresh,
        home,
        gatewayPort,
        accountPort,
        holdPort,
        notificationPort,
        kafkaPort,
        kafkaControllerPort,
        postgresPort,
        smtpPort,
        imapPort,
        adminKey,
        all);
  }

  Map<String, String> propertiesFor(Service service) {
    return serviceProperties.getOrDefault(service.serviceName(), Map.of());
  }

  int port(Service service) {
    return switch (service) {
      case ACCOUNT -> accountPort;
      case HOLD -> holdPort;
      case NOTIFICATION -> notificationPort;
      case GATEWAY -> gatewayPort;
    };
  }
}
