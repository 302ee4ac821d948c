package com.creditbridge.local;

import java.util.Arrays;
import java.util.Optional;

/** Everything the local runner listens on, with its command-line flag and its default port. */
public enum Listener {
  GATEWAY("--gateway-port", 8080),
  ACCOUNT("--account-port", 8081),
  HOLD("--hold-port", 8082),
  NOTIFICATION("--notification-port", 8083),
  KAFKA("--kafka-port", 9092),
  KAFKA_CONTROLLER("--kafka-controller-port", 9093),
  POSTGRES("--postgres-port", 15432),
  SMTP("--smtp-port", 3025),
  IMAP("--imap-port", 3143),
  /** Only with {@code --with-prometheus}. */
  PROMETHEUS("--prometheus-port", 9090);

  private final String flag;
  private final int defaultPort;

  Listener(String flag, int defaultPort) {
    this.flag = flag;
    this.defaultPort = defaultPort;
  }

  int defaultPort() {
    return defaultPort;
  }

  static Optional<Listener> forFlag(String flag) {
    return Arrays.stream(values()).filter(l -> l.flag.equals(flag)).findFirst();
  }
}
