package com.creditbridge.local;

import com.creditbridge.infrastructure.Infrastructure;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import sun.misc.Signal;

/** The {@code creditbridge} command: runs CreditBridge on this machine until Ctrl-C. */
public final class CreditBridgeLocal {

  private CreditBridgeLocal() {}

  public static void main(String[] args) {
    CommandLine.Invocation invocation =
        CommandLine.parse(args, System.getenv(), Path.of("").toAbsolutePath());
    if (invocation instanceof CommandLine.Help) {
      System.out.print(CommandLine.USAGE);
    } else if (invocation instanceof CommandLine.Invalid invalid) {
      System.err.println("creditbridge: " + invalid.message());
      System.err.println("Try './creditbridge --help'.");
      System.exit(2);
    } else if (invocation instanceof CommandLine.Run run) {
      run(run.settings(), run.withPrometheus());
    }
  }

  private static void run(LocalSettings settings, boolean withPrometheus) {
    Optional<Path> prometheus = PrometheusServer.executable();
    if (withPrometheus && prometheus.isEmpty()) {
      System.err.println(
          "creditbridge: --with-prometheus needs the `prometheus` binary on the PATH"
              + " (Debian/Ubuntu: sudo apt-get install prometheus; or a release from"
              + " https://prometheus.io/download/).");
      System.exit(2);
    }
    LocalStack stack = LocalStack.create(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<PrometheusServer> scraper = new AtomicReference<>();
    stopOnSignals(
        () -> {
          PrometheusServer server = scraper.getAndSet(null);
          if (server != null) {
            server.close();
          }
          stack.close();
        },
        stopped);
    try {
      stack.start();
    } catch (RuntimeException e) {
      if (stopped.getCount() == 0) {
        return; // stopped by a signal while starting
      }
      System.err.println("creditbridge: could not start: " + e.getMessage());
      System.err.println("Logs: " + stack.logsDir());
      System.exit(1);
    }
    if (withPrometheus) {
      try {
        scraper.set(startPrometheus(prometheus.orElseThrow(), settings, stack));
      } catch (RuntimeException e) {
        System.err.println("creditbridge: could not start Prometheus: " + e.getMessage());
      }
    }
    printBanner(stack, Optional.ofNullable(scraper.get()), System.out);
    awaitQuietly(stopped);
  }

  /**
   * Ctrl-C and SIGTERM stop the services before the infrastructure they depend on; a JVM shutdown
   * hook alone could not order that, since PostgreSQL's own hook would race it. The hook remains
   * for every other way the JVM ends.
   */
  private static void stopOnSignals(Runnable stop, CountDownLatch stopped) {
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "creditbridge-stop"));
    for (String name : List.of("INT", "TERM")) {
      Signal.handle(
          new Signal(name),
          signal -> {
            System.out.println(System.lineSeparator() + "Stopping CreditBridge...");
            stopped.countDown();
            stop.run();
            System.exit(0);
          });
    }
  }

  /** Scrapes every service every 5 s, with the alert rules from deploy/prometheus/rules. */
  private static PrometheusServer startPrometheus(
      Path executable, LocalSettings settings, LocalStack stack) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (Service service : Service.values()) {
      ports.put(service.serviceName(), stack.servicePort(service.serviceName()));
    }
    ScrapeConfig config =
        new ScrapeConfig(
            ports,
            settings.home().resolve("deploy").resolve("prometheus").resolve("rules"),
            Duration.ofSeconds(5));
    return PrometheusServer.start(
        executable, stack.dataDir(), settings.ports().of(Listener.PROMETHEUS), config);
  }

  private static void printBanner(
      LocalStack stack, Optional<PrometheusServer> prometheus, PrintStream out) {
    Infrastructure infrastructure = stack.infrastructure();
    String databases =
        String.join(", ", List.of(Service.values()).stream().map(Service::database).toList());
    // one line per instance when there are replicas, so that each can be found (and killed)
    String services =
        String.join(
            "\n              ",
            stack.servicePids().entrySet().stream()
                .map(
                    e ->
                        e.getKey()
                            + " "
                            + stack.instanceUrls().get(e.getKey())
                            + " (pid "
                            + e.getValue()
                            + ")")
                .toList());
    String kafka =
        infrastructure.kafkaBootstrapServers()
            + (stack.embeddedInfrastructure().kafkaBrokers() == 1
                ? ""
                : IntStream.range(0, stack.embeddedInfrastructure().kafkaBrokers())
                    .mapToObj(
                        i ->
                            "broker "
                                + (i + 1)
                                + " pid "
                                + stack.embeddedInfrastructure().kafkaBrokerPid(i))
                    .collect(Collectors.joining(", ", "  (", ")")));
    out.printf(
        """

        CreditBridge is running.

          Gateway     %s
          Admin key   %s
                      (send it as "Authorization: Bearer <key>")
          SMTP        127.0.0.1:%d
          IMAP        127.0.0.1:%d  (login = password = the recipient address)
          Kafka       %s
          PostgreSQL  127.0.0.1:%d  user %s, password %s, databases %s
          Services    %s
          Data        %s
          Logs        %s
        %s
        Press Ctrl-C to stop.
        %n""",
        String.join(", ", stack.gatewayUrls()),
        stack.adminKey(),
        infrastructure.smtpPort(),
        infrastructure.imapPort(),
        kafka,
        infrastructure.postgresPort(),
        infrastructure.databaseUser(),
        infrastructure.databasePassword(),
        databases,
        services,
        stack.dataDir(),
        stack.logsDir(),
        prometheus
            .map(p -> "  Prometheus  " + p.url() + "  (rules from deploy/prometheus/rules)\n")
            .orElse(""));
    out.flush();
  }

  private static void awaitQuietly(CountDownLatch stopped) {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
