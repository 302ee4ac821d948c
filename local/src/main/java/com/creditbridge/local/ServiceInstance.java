package com.creditbridge.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One running instance of a service: its name ({@code hold-service}, or {@code hold-service-2} when
 * there are replicas), port and command, and the process running it now (a new one after a
 * restart).
 */
final class ServiceInstance {

  private final String name;
  private final Service service;
  private final int port;
  private final List<String> command;
  private final Path logFile;
  private final Path workingDir;
  private volatile ChildProcess process;

  ServiceInstance(
      String name, Service service, int port, List<String> command, Path logFile, Path workingDir) {
    this.name = name;
    this.service = service;
    this.port = port;
    this.command = List.copyOf(command);
    this.logFile = logFile;
    this.workingDir = workingDir;
  }

  String name() {
    return name;
  }

  Service service() {
    return service;
  }

  int port() {
    return port;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  ChildProcess process() {
    return process;
  }

  /** Starts (or starts again) the process with the same command, port and log file. */
  ChildProcess start() {
    process = ChildProcess.start(name, command, logFile, workingDir);
    return process;
  }

  /** Waits until the instance reports UP; fails with its log's tail. */
  void awaitHealthy(java.time.Duration timeout, BooleanSupplier stopped) {
    ChildProcess child = process;
    Instant deadline = Instant.now().plus(timeout);
    HealthCheck health = new HealthCheck(port);
    while (!health.isUp()) {
      if (stopped.getAsBoolean()) {
        throw new IllegalStateException("stopped while starting");
      }
      if (!child.isAlive()) {
        throw new IllegalStateException(
            name + " exited with code " + child.exitCode() + child.logTail());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            name + " did not report UP within " + timeout.toSeconds() + " s" + child.logTail());
      }
      child.awaitExit(HealthCheck.INTERVAL);
    }
  }
}
