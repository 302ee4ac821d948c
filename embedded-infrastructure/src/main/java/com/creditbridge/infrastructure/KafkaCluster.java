package com.creditbridge.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka cluster of N KRaft nodes, each broker and controller, each its own process ({@link
 * KafkaNodeProcess}) with its own log directory under {@code kafka-cluster/node-<id>}, so any one
 * can be killed -9 and restarted. Three nodes keep a controller quorum and two in-sync copies with
 * one of them down.
 */
final class KafkaCluster implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaCluster.class);
  private static final Duration STARTUP_TIMEOUT =
      Duration.ofSeconds(240); // three JVMs at once on a busy machine
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final List<KafkaNodeSpec> nodes;
  private final Path logsDir;
  private final Process[] processes;

  private KafkaCluster(List<KafkaNodeSpec> nodes, Path logsDir) {
    this.nodes = nodes;
    this.logsDir = logsDir;
    this.processes = new Process[nodes.size()];
  }

  /**
   * Node i listens on {@code firstPort + 2i} and {@code firstControllerPort + 2i}, or free ports.
   */
  static KafkaCluster start(
      Path dir, Path logsDir, int size, int firstPort, int firstControllerPort) {
    String clusterId = clusterId(dir);
    List<int[]> ports = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ports.add(
          new int[] {
            // 9092, 9094, ... and 9093, 9095, ...: the defaults of one node stay valid for node 1
            firstPort == 0 ? Loopback.portOrFree(0) : firstPort + 2 * i,
            firstControllerPort == 0 ? Loopback.portOrFree(0) : firstControllerPort + 2 * i
          });
    }
    String voters =
        IntStream.range(0, size)
            .mapToObj(i -> (i + 1) + "@" + Loopback.ADDRESS + ":" + ports.get(i)[1])
            .collect(Collectors.joining(","));
    List<KafkaNodeSpec> nodes =
        IntStream.range(0, size)
            .mapToObj(
                i ->
                    new KafkaNodeSpec(
                        i + 1,
                        dir.resolve("node-" + (i + 1)),
                        ports.get(i)[0],
                        ports.get(i)[1],
                        voters,
                        size,
                        clusterId))
            .toList();
    KafkaCluster cluster = new KafkaCluster(nodes, logsDir);
    try {
      for (int i = 0; i < size; i++) {
        cluster.launch(i);
      }
      cluster.awaitBrokers(size);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    log.info("Kafka cluster of {} brokers on {}", size, cluster.bootstrapServers());
    return cluster;
  }

  String bootstrapServers() {
    return nodes.stream()
        .map(node -> Loopback.ADDRESS + ":" + node.port())
        .collect(Collectors.joining(","));
  }

  int size() {
    return nodes.size();
  }

  /** The pid of broker {@code index} (0-based), or -1 when it is not running. */
  synchronized long pid(int index) {
    Process process = processes[index];
    return process != null && process.isAlive() ? process.pid() : -1;
  }

  /** Kills broker {@code index} with SIGKILL: no controlled shutdown, as in a crash. */
  synchronized void kill(int index) {
    Process process = processes[index];
    if (process != null) {
      process.destroyForcibly();
      awaitExit(process);
    }
  }

  /**
   * Starts broker {@code index} again on its ports and log directory; waits until it says it serves
   * (the cluster's view would still count the killed one until its session expires).
   */
  void restart(int index) {
    Path logFile = logsDir.resolve("kafka-" + nodes.get(index).nodeId() + ".log");
    long logged;
    synchronized (this) {
      if (processes[index] != null && processes[index].isAlive()) {
        return;
      }
      logged = logFile.toFile().length();
      launch(index);
    }
    String up = "KAFKA NODE " + nodes.get(index).nodeId() + " UP";
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (!loggedSince(logFile, logged).contains(up)) {
      if (Instant.now().isAfter(deadline) || !processes[index].isAlive()) {
        throw new IllegalStateException("Kafka node did not start again; see " + logFile);
      }
      try {
        Thread.sleep(200); // NOPMD: polling a process from outside
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while restarting Kafka", e);
      }
    }
    awaitBrokers(nodes.size());
  }

  private static String loggedSince(Path logFile, long offset) {
    try (var file = new java.io.RandomAccessFile(logFile.toFile(), "r")) {
      if (file.length() <= offset) {
        return "";
      }
      file.seek(offset);
      byte[] bytes = new byte[(int) Math.min(file.length() - offset, 4 * 1024 * 1024)];
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public synchronized void close() {
    for (Process process : processes) {
      if (process != null) {
        process.destroy(); // SIGTERM: each broker shuts down in order
      }
    }
    for (Process process : processes) {
      if (process != null) {
        awaitExit(process);
      }
    }
  }

  private synchronized void launch(int index) {
    KafkaNodeSpec node = nodes.get(index);
    List<String> command = new ArrayList<>(JavaCommand.forMainClass(KafkaNodeProcess.class));
    command.addAll(List.of(node.arguments()));
    command.add(String.valueOf(ProcessHandle.current().pid()));
    try {
      Files.createDirectories(logsDir);
      Path logFile = logsDir.resolve("kafka-" + node.nodeId() + ".log");
      processes[index] =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start Kafka node " + node.nodeId(), e);
    }
  }

  private void awaitBrokers(int expected) {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            5000,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            5000);
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    try (Admin admin = Admin.create(config)) {
      while (true) {
        try {
          int up = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
          if (up >= expected) {
            return;
          }
        } catch (Exception e) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
          }
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "Kafka cluster did not have " + expected + " brokers within " + STARTUP_TIMEOUT);
        }
        failIfANodeExited();
        Thread.sleep(200); // NOPMD: polling a process from outside
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Kafka", e);
    }
  }

  private synchronized void failIfANodeExited() {
    for (int i = 0; i < processes.length; i++) {
      if (processes[i] != null && !processes[i].isAlive()) {
        throw new IllegalStateException(
            "Kafka node "
                + nodes.get(i).nodeId()
                + " exited with "
                + processes[i].exitValue()
                + "; see "
                + logsDir.resolve("kafka-" + nodes.get(i).nodeId() + ".log"));
      }
    }
  }

  private static void awaitExit(Process process) {
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One id for the cluster's life, kept beside the nodes' log directories. */
  private static String clusterId(Path dir) {
    Path file = dir.resolve("cluster.id");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      Files.createDirectories(dir);
      String id = Uuid.randomUuid().toString();
      Files.writeString(file, id, StandardCharsets.UTF_8);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
