package com.creditbridge.bench.stack;

import com.creditbridge.bench.usage.WatchedProcess;
import com.creditbridge.infrastructure.Infrastructure;
import com.creditbridge.local.LocalSettings;
import com.creditbridge.local.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CreditBridge started the way {@code ./creditbridge} starts it (Kafka, PostgreSQL and SMTP
 * embedded in this JVM, the services as child processes), on free ports and a scratch data
 * directory that is deleted afterwards.
 */
public final class EmbeddedStack implements AutoCloseable {

  private final LocalStack stack;
  private final Path dataDir;

  private EmbeddedStack(LocalStack stack, Path dataDir) {
    this.stack = stack;
    this.dataDir = dataDir;
  }

  public static EmbeddedStack start(Path home, List<String> jvmOptions) {
    try {
      Path dataDir = Files.createTempDirectory("creditbridge-bench");
      String adminKey = "cb_bench_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      LocalSettings settings =
          LocalSettings.defaults(home)
              .withHome(home)
              .withDataDir(dataDir)
              .withFreePorts()
              .withAdminKey(adminKey)
              .withJvmOptions(jvmOptions);
      return new EmbeddedStack(LocalStack.start(settings), dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public BenchTarget target(List<String> jvmOptions) {
    Infrastructure infrastructure = stack.infrastructure();
    Map<String, String> description = new LinkedHashMap<>();
    description.put("stack", "embedded (started by the benchmark, as ./creditbridge does)");
    description.put("service JVM options", String.join(" ", jvmOptions));
    return new BenchTarget(
        stack.gatewayUrl(),
        stack.adminKey(),
        Optional.of(infrastructure.kafkaBootstrapServers()),
        Optional.of(infrastructure.jdbcUrl("postgres")),
        infrastructure.databaseUser(),
        infrastructure.databasePassword(),
        Optional.of(stack::startGatewayInFrontOf),
        this::processes,
        Map.of(
            "hold-service", metricsUrl("hold-service"),
            "notification-service", metricsUrl("notification-service")),
        description);
  }

  private String metricsUrl(String service) {
    return "http://127.0.0.1:" + stack.servicePort(service) + "/actuator/prometheus";
  }

  private List<WatchedProcess> processes() {
    List<WatchedProcess> processes = new ArrayList<>();
    stack
        .servicePids()
        .forEach(
            (name, pid) ->
                processes.add(
                    WatchedProcess.jvm(
                        name,
                        name.startsWith("gateway-extra")
                            ? "gateway in front of the trivial backend (baseline)"
                            : "service",
                        pid)));
    postmasterPid()
        .ifPresent(
            pid ->
                processes.add(
                    WatchedProcess.tree(
                        "postgresql", "database server and its backends (all services)", pid)));
    processes.add(
        WatchedProcess.jvm(
            "bench",
            "this JVM: Kafka broker, SMTP server, load generator, webhook sinks",
            ProcessHandle.current().pid()));
    return processes;
  }

  private Optional<Long> postmasterPid() {
    try (Stream<Path> files = Files.find(dataDir, 3, (p, a) -> p.endsWith("postmaster.pid"))) {
      Optional<Path> pidFile = files.findFirst();
      if (pidFile.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Long.parseLong(Files.readAllLines(pidFile.get()).get(0).strip()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    stack.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dataDir + ": " + e);
    }
  }
}
