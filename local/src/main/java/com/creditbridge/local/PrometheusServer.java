package com.creditbridge.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A real Prometheus server (the {@code prometheus} binary on the PATH, e.g. Debian's package) as a
 * child process scraping the local stack, so that the dashboards' queries and the alert rules can
 * be tried without Docker. Its configuration and data live under {@code <dataDir>/prometheus}.
 */
public final class PrometheusServer implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final ChildProcess process;
  private final int port;

  private PrometheusServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The {@code prometheus} executable on the PATH, if any. */
  public static Optional<Path> executable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "prometheus"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Writes the configuration, starts Prometheus on {@code port} (0 picks a free one) and waits
   * until it is ready.
   */
  public static PrometheusServer start(
      Path executable, Path dataDir, int port, ScrapeConfig config) {
    int listenPort = port == 0 ? Ports.freePort() : port;
    Path home = dataDir.resolve("prometheus");
    Path configFile = home.resolve("prometheus.yml");
    try {
      Files.createDirectories(home.resolve("data"));
      Files.writeString(configFile, config.render());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + configFile, e);
    }
    List<String> command =
        List.of(
            executable.toString(),
            "--config.file=" + configFile,
            "--storage.tsdb.path=" + home.resolve("data"),
            "--web.listen-address=127.0.0.1:" + listenPort,
            "--web.enable-lifecycle");
    ChildProcess child =
        ChildProcess.start(
            "prometheus", command, DataDirectory.logs(dataDir).resolve("prometheus.log"), home);
    PrometheusServer server = new PrometheusServer(child, listenPort);
    try {
      server.awaitReady();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  private void awaitReady() {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url() + "/-/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "prometheus exited with code " + process.exitCode() + process.logTail());
      }
      try {
        if (CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for prometheus", e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "prometheus was not ready within "
                + READY_TIMEOUT.toSeconds()
                + " s"
                + process.logTail());
      }
      process.awaitExit(Duration.ofMillis(250));
    }
  }

  @Override
  public void close() {
    ChildProcess.stopAll(List.of(process), Duration.ofSeconds(10));
  }
}
