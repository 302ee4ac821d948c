package com.creditbridge.local;

import java.nio.file.Path;
import java.util.Map;

/** Reads the {@code creditbridge} command's arguments; no side effects. */
final class CommandLine {

  static final String USAGE =
      """
      Usage: ./creditbridge [options]

      Starts Kafka, PostgreSQL and a mail server (SMTP + IMAP) in-process, then the account,
      hold, notification and gateway services as child processes, and waits until all are
      healthy. Stop it with Ctrl-C (or SIGTERM): everything it started stops with it.

      Options:
        --help                    show this help and exit
        --data-dir DIR            where data and logs live (default: .creditbridge)
        --fresh                   wipe the data directory first
        --brokers N               Kafka brokers (default 1, in the runner's JVM); more start a
                                  cluster of N broker processes (ports from 9092/9093 in steps
                                  of 2), each separately killable
        --replicas N              instances of every service (default 1); replica k listens
                                  10*(k-1) ports above the first, the gateways spread requests
                                  over the instances
        --with-prometheus         also start Prometheus (the `prometheus` binary on the PATH)
                                  scraping every service, with the alert rules of deploy/
        --home DIR                the repository root holding the built service jars
        --gateway-port N          default 8080
        --account-port N          default 8081
        --hold-port N             default 8082
        --notification-port N     default 8083
        --kafka-port N            default 9092
        --kafka-controller-port N default 9093
        --postgres-port N         default 15432
        --smtp-port N             default 3025
        --imap-port N             default 3143
        --prometheus-port N       default 9090 (with --with-prometheus)
      A port of 0 picks a free one. The gateway's admin key comes from CREDITBRIDGE_ADMIN_KEY,
      else it is generated once and kept in the data directory.
      """;

  private CommandLine() {}

  /** What the command line asks for. */
  sealed interface Invocation permits Help, Invalid, Run {}

  record Help() implements Invocation {}

  record Invalid(String message) implements Invocation {}

  /**
   * @param withPrometheus also start a Prometheus server against the stack
   */
  record Run(LocalSettings settings, boolean withPrometheus) implements Invocation {}

  static Invocation parse(String[] args, Map<String, String> env, Path workingDir) {
    LocalSettings defaults = LocalSettings.defaults(workingDir);
    Path dataDir = defaults.dataDir();
    Path home = defaults.home();
    boolean fresh = false;
    boolean withPrometheus = false;
    Ports ports = defaults.ports();
    int brokers = 1;
    int replicas = 1;

    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      String value = null;
      int equals = flag.indexOf('=');
      if (flag.startsWith("--") && equals > 0) {
        value = flag.substring(equals + 1);
        flag = flag.substring(0, equals);
      }
      if (flag.equals("--help") || flag.equals("-h")) {
        return new Help();
      }
      if (flag.equals("--fresh")) {
        if (value != null) {
          return new Invalid("--fresh takes no value");
        }
        fresh = true;
        continue;
      }
      if (flag.equals("--with-prometheus")) {
        if (value != null) {
          return new Invalid("--with-prometheus takes no value");
        }
        withPrometheus = true;
        continue;
      }
      if (!takesValue(flag)) {
        return new Invalid("unknown option: " + args[i]);
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          return new Invalid(flag + " needs a value");
        }
        value = args[++i];
      }
      if (flag.equals("--data-dir") || flag.equals("--home")) {
        if (value.isBlank()) {
          return new Invalid(flag + " needs a directory");
        }
        Path dir = workingDir.resolve(value);
        if (flag.equals("--data-dir")) {
          dataDir = dir;
        } else {
          home = dir;
        }
        continue;
      }
      if (flag.equals("--brokers") || flag.equals("--replicas")) {
        int count;
        try {
          count = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          return new Invalid(flag + " needs a number, not '" + value + "'");
        }
        if (count < 1 || count > 9) {
          return new Invalid(flag + " needs a number from 1 to 9, not " + count);
        }
        if (flag.equals("--brokers")) {
          brokers = count;
        } else {
          replicas = count;
        }
        continue;
      }
      int port;
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return new Invalid(flag + " needs a port number, not '" + value + "'");
      }
      if (port < 0 || port > 65535) {
        return new Invalid(flag + " needs a port between 0 and 65535, not " + port);
      }
      ports = ports.with(Listener.forFlag(flag).orElseThrow(), port);
    }
    String adminKey = env.get("CREDITBRIDGE_ADMIN_KEY");
    return new Run(
        new LocalSettings(
            dataDir,
            fresh,
            home,
            ports,
            adminKey == null || adminKey.isBlank() ? null : adminKey,
            Map.of(),
            LocalSettings.QUICK_START_JVM_OPTIONS,
            brokers,
            replicas),
        withPrometheus);
  }

  private static boolean takesValue(String flag) {
    return flag.equals("--data-dir")
        || flag.equals("--home")
        || flag.equals("--brokers")
        || flag.equals("--replicas")
        || Listener.forFlag(flag).isPresent();
  }
}
