package com.creditbridge.local;

import java.nio.file.Path;
import java.util.Arrays;

/** The four services the runner starts, each a Maven module with a runnable jar. */
enum Service {
  ACCOUNT("account-service", "account"),
  HOLD("hold-service", "hold"),
  NOTIFICATION("notification-service", "notification"),
  GATEWAY("gateway", "gateway");

  /** The project version every module's jar carries. */
  static final String VERSION = "0.1.0-SNAPSHOT";

  private final String serviceName;
  private final String database;

  Service(String serviceName, String database) {
    this.serviceName = serviceName;
    this.database = database;
  }

  /** The module name, which is also the Spring application name and the log file name. */
  String serviceName() {
    return serviceName;
  }

  String database() {
    return database;
  }

  Path jar(Path home) {
    return home.resolve(serviceName)
        .resolve("target")
        .resolve(serviceName + "-" + VERSION + "-exec.jar");
  }

  /** Fails, saying how to build it, when this service's jar is missing. */
  void requireJar(Path home) {
    Path jar = jar(home);
    if (!java.nio.file.Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "missing " + jar + "; build it first: ./mvnw -B -DskipTests install (in " + home + ")");
    }
  }

  static Service named(String serviceName) {
    return Arrays.stream(values())
        .filter(service -> service.serviceName.equals(serviceName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service named " + serviceName));
  }
}
