package com.creditbridge.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one infrastructure every test in a JVM shares, started on first use and stopped by a shutdown
 * hook: containers when a Docker engine is reachable, otherwise the embedded servers on free ports
 * in a temporary directory. The system property or environment variable {@code
 * creditbridge.infrastructure} / {@code CREDITBRIDGE_INFRASTRUCTURE} ({@code embedded} or {@code
 * containers}) forces a choice.
 */
public final class TestInfrastructure {

  private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
  private static Infrastructure shared;

  private TestInfrastructure() {}

  /** The shared infrastructure; closing it does nothing, the shutdown hook stops it. */
  public static synchronized Infrastructure shared() {
    if (shared == null) {
      Infrastructure started = start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(started::close, "creditbridge-test-infrastructure-stop"));
      shared = new Unclosable(started);
    }
    return shared;
  }

  private static Infrastructure start() {
    String choice = choice();
    if (choice.equals("containers") || (choice.equals("auto") && DockerEngine.reachable())) {
      log.info("Test infrastructure: Docker containers (Testcontainers)");
      return ContainerInfrastructure.start();
    }
    log.info("Test infrastructure: embedded servers in this JVM (no Docker engine used)");
    return EmbeddedInfrastructure.start(InfrastructureSettings.ephemeral());
  }

  private static String choice() {
    String value = System.getProperty("creditbridge.infrastructure");
    if (value == null) {
      value = System.getenv("CREDITBRIDGE_INFRASTRUCTURE");
    }
    return value == null ? "auto" : value.strip().toLowerCase(Locale.ROOT);
  }

  /** Asks Testcontainers only when a Docker endpoint could exist, as its probe is slow and loud. */
  static final class DockerEngine {
    private DockerEngine() {}

    static boolean reachable() {
      if (!endpointConfigured()) {
        return false;
      }
      try {
        return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
      } catch (Throwable e) { // NOPMD: Testcontainers is optional; its absence is a LinkageError
        log.info("Docker engine not usable: {}", e.toString());
        return false;
      }
    }

    private static boolean endpointConfigured() {
      String home = System.getProperty("user.home");
      String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
      return System.getenv("DOCKER_HOST") != null
          || Files.exists(Path.of("/var/run/docker.sock"))
          || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
          || Files.exists(Path.of(home, ".testcontainers.properties"))
          || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "docker.sock")));
    }
  }

  /** Shares one infrastructure without letting one test stop it for the others. */
  private record Unclosable(Infrastructure delegate) implements Infrastructure {
    @Override
    public String kafkaBootstrapServers() {
      return delegate.kafkaBootstrapServers();
    }

    @Override
    public String postgresHost() {
      return delegate.postgresHost();
    }

    @Override
    public String databaseUser() {
      return delegate.databaseUser();
    }

    @Override
    public String databasePassword() {
      return delegate.databasePassword();
    }

    @Override
    public int postgresPort() {
      return delegate.postgresPort();
    }

    @Override
    public int smtpPort() {
      return delegate.smtpPort();
    }

    @Override
    public int imapPort() {
      return delegate.imapPort();
    }

    /**
     * Tests keep the broker's former default of 3 partitions per topic: the suite's consumers
     * rebalance over fewer partitions than the runner's 12 (docs/adr/0013).
     */
    @Override
    public java.util.Map<String, String> springProperties(String database) {
      java.util.Map<String, String> properties = Infrastructure.super.springProperties(database);
      properties.put("creditbridge.kafka.topics.partitions", "3");
      return properties;
    }

    @Override
    public void close() {}
  }
}
