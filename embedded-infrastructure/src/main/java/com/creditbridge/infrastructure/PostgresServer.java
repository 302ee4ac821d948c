package com.creditbridge.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server from zonky's embedded binaries (the linux-amd64 18.x ones), keeping its data
 * in a directory that survives a restart. Run as root, zonky starts initdb and postgres through
 * {@code unshare -U} because PostgreSQL refuses to run as root.
 */
final class PostgresServer implements AutoCloseable {

  static final String USER = "postgres";
  // authentication is "trust" on 127.0.0.1; clients still need some password to send
  static final String PASSWORD = "postgres";

  private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STALE_SERVER_TIMEOUT = Duration.ofSeconds(20);

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /**
   * @param logFile where the server's own output goes; {@code null} sends it to this JVM's log
   */
  static PostgresServer start(Path dataDir, int port, Path logFile) {
    requireUnprivilegedUser();
    stopStaleServer(dataDir);
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("listen_addresses", Loopback.ADDRESS)
              .setPGStartupWait(STARTUP_TIMEOUT);
      if (logFile != null) {
        Files.createDirectories(logFile.getParent());
        builder
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      }
      EmbeddedPostgres postgres = builder.start();
      log.info("PostgreSQL on {}:{} with data dir {}", Loopback.ADDRESS, port, dataDir);
      return new PostgresServer(postgres, dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL in " + dataDir, e);
    }
  }

  int port() {
    return postgres.getPort();
  }

  /**
   * Stops the server and waits until it has removed its pid file: zonky's own shutdown hook may be
   * stopping it at the same moment, and the data directory must not be deleted under it.
   */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path pidFile = dataDir.resolve("postmaster.pid");
    long deadline = System.nanoTime() + STALE_SERVER_TIMEOUT.toNanos();
    while (Files.exists(pidFile) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** PostgreSQL refuses to run as root; zonky then needs {@code unshare -U} to drop to nobody. */
  private static void requireUnprivilegedUser() {
    if ("root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable()) {
      throw new IllegalStateException(
          "PostgreSQL cannot run as root and `unshare -U` is not usable here;"
              + " run as another user or allow user namespaces");
    }
  }

  /**
   * A runner killed hard leaves its postmaster running on the data directory, and a new one could
   * not start on it. Ask the old one for a fast shutdown (SIGINT) first.
   */
  private static void stopStaleServer(Path dataDir) {
    Optional<ProcessHandle> stale = postmaster(dataDir.resolve("postmaster.pid"));
    if (stale.isEmpty()) {
      return;
    }
    ProcessHandle postmaster = stale.get();
    log.warn("Stopping PostgreSQL left running on {} (pid {})", dataDir, postmaster.pid());
    try {
      new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid())).start().waitFor();
      postmaster.onExit().get(STALE_SERVER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      postmaster.destroyForcibly();
    }
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) {
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      long pid = Long.parseLong(lines.get(0).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().orElse("").endsWith("/postgres"));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
