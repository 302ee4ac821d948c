package com.creditbridge.infrastructure;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka node in KRaft mode (both broker and controller), running in this JVM on Kafka's own
 * server classes: alone, a single-node cluster; in {@link KafkaNodeProcess}, one node of a {@link
 * KafkaCluster}. Its log directory persists across restarts.
 */
final class KafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final int NODE_ID = 1;
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  static {
    // Kafka exits or halts the JVM on a fatal error; inside a runner or a test JVM that must
    // surface as an exception instead.
    Exit.setExitProcedure(KafkaBroker::refuseToExit);
    Exit.setHaltProcedure(KafkaBroker::refuseToExit);
  }

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  static KafkaBroker start(Path logDir, int port, int controllerPort) {
    return start(
        new KafkaNodeSpec(
            NODE_ID,
            logDir,
            port,
            controllerPort,
            NODE_ID + "@" + Loopback.ADDRESS + ":" + controllerPort,
            1,
            Uuid.randomUuid().toString()));
  }

  static KafkaBroker start(KafkaNodeSpec node) {
    Path logDir = node.logDir();
    int port = node.port();
    KafkaConfig config = KafkaConfig.fromProps(properties(node), false);
    formatUnlessFormatted(config, node);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    String bootstrapServers = Loopback.ADDRESS + ":" + port;
    try {
      server.startup();
      awaitBroker(bootstrapServers);
    } catch (RuntimeException e) {
      server.shutdown();
      server.awaitShutdown();
      throw e;
    }
    log.info("Kafka broker on {} with log dir {}", bootstrapServers, logDir);
    return new KafkaBroker(server, bootstrapServers);
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  private static Properties properties(KafkaNodeSpec node) {
    String host = Loopback.ADDRESS;
    Path logDir = node.logDir();
    int port = node.port();
    int controllerPort = node.controllerPort();
    // internal topics: three copies (two in sync) on a cluster of three or more, else one per node
    String replicas = String.valueOf(Math.min(3, node.clusterSize()));
    String minInsync = String.valueOf(Math.max(1, Math.min(3, node.clusterSize()) - 1));
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(node.nodeId()));
    p.put("controller.quorum.voters", node.voters());
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put(
        "listeners",
        "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toAbsolutePath().toString());
    p.put("offsets.topic.replication.factor", replicas);
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", replicas);
    p.put("transaction.state.log.min.isr", minInsync);
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", replicas);
    p.put("share.coordinator.state.topic.min.isr", minInsync);
    p.put("default.replication.factor", replicas);
    // alone (tests' throw-away topics) topics may appear on first use; in a cluster only the
    // services' provisioning creates them (docs/adr/0013)
    p.put("auto.create.topics.enable", String.valueOf(node.clusterSize() == 1));
    p.put("num.partitions", "3");
    p.put("group.initial.rebalance.delay.ms", "0");
    // a small footprint: this broker shares the machine with PostgreSQL and four services
    p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
    p.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "2");
    p.put("background.threads", "2");
    p.put("log.flush.interval.ms", "1000");
    return p;
  }

  /** Formats a fresh log directory; a formatted one keeps its cluster id, topics and records. */
  private static void formatUnlessFormatted(KafkaConfig config, KafkaNodeSpec node) {
    Path logDir = node.logDir();
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(logDir);
      new Formatter()
          .setClusterId(node.clusterId())
          .setNodeId(node.nodeId())
          .setDirectories(List.of(logDir.toAbsolutePath().toString()))
          .setMetadataLogDirectory(config.metadataLogDir())
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setReleaseVersion(MetadataVersion.latestProduction())
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .run();
      log.info("Formatted Kafka log directory {}", logDir);
    } catch (Exception e) {
      throw new IllegalStateException("could not format Kafka log directory " + logDir, e);
    }
  }

  /** Startup returns once the broker is unfenced; this confirms it answers clients. */
  private static void awaitBroker(String bootstrapServers) {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            (int) STARTUP_TIMEOUT.toMillis());
    try (Admin admin = Admin.create(config)) {
      admin.describeCluster().nodes().get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("Kafka broker on " + bootstrapServers + " did not start", e);
    }
  }

  private static void refuseToExit(int status, String message) {
    log.error("Kafka asked to end the JVM with status {}: {}", status, message);
    throw new IllegalStateException("Kafka fatal error (" + status + "): " + message);
  }
}
