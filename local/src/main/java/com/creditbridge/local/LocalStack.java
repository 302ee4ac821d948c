package com.creditbridge.local;

import com.creditbridge.infrastructure.EmbeddedInfrastructure;
import com.creditbridge.infrastructure.Infrastructure;
import com.creditbridge.infrastructure.InfrastructureSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CreditBridge on this machine: the embedded infrastructure in this JVM and the four services as
 * child processes, each logging to {@code <dataDir>/logs/<service>.log}. Used by the {@code
 * creditbridge} command and by the system tests.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
  private static final List<Service> BACKENDS =
      List.of(Service.ACCOUNT, Service.HOLD, Service.NOTIFICATION);

  private final LocalSettings settings;
  private final Object stopping = new Object();
  // guarded by this: what has been started so far, so that close() can stop it at any moment
  private final Map<Service, ChildProcess> children = new EnumMap<>(Service.class);
  private final List<ChildProcess> extraGateways = new ArrayList<>();
  private EmbeddedInfrastructure infrastructure;
  private boolean closed;
  private boolean stopped; // guarded by stopping

  private String adminKey;
  private ServiceLaunch launch;

  private LocalStack(LocalSettings settings) {
    this.settings = settings;
  }

  /** Starts everything and waits until every service reports UP; fails with the log's tail. */
  public static LocalStack start(LocalSettings settings) {
    return create(settings).start();
  }

  /**
   * A stack that is not started yet, for callers that must be able to {@link #close()} it while
   * {@link #start()} runs (a Ctrl-C during startup).
   */
  public static LocalStack create(LocalSettings settings) {
    return new LocalStack(settings);
  }

  public LocalStack start() {
    try {
      List.of(Service.values()).forEach(this::requireJar);
      DataDirectory.prepare(settings.dataDir(), settings.fresh());
      adminKey = AdminKey.resolve(settings.adminKey(), settings.dataDir());
      Infrastructure infrastructure = startInfrastructure();
      launch =
          new ServiceLaunch(
              Path.of(System.getProperty("java.home"), "bin", "java"),
              settings.home(),
              resolvePorts(),
              adminKey,
              ProcessHandle.current().pid(),
              AdminKey.generate(), // the same kind of secret: 256 random bits
              settings.jvmOptions());
      BACKENDS.forEach(service -> launch(service, infrastructure));
      BACKENDS.forEach(this::awaitHealthy);
      launch(Service.GATEWAY, infrastructure);
      awaitHealthy(Service.GATEWAY);
      log.info("CreditBridge is up at {}", gatewayUrl());
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public String gatewayUrl() {
    return launch.url(Service.GATEWAY);
  }

  public String adminKey() {
    return adminKey;
  }

  /** The secret the services require; for tools that measure a service without the gateway. */
  public String internalCredential() {
    return launch.internalCredential();
  }

  public synchronized Infrastructure infrastructure() {
    return infrastructure;
  }

  /**
   * The port of a service by name: account-service, hold-service, notification-service, gateway.
   */
  public int servicePort(String serviceName) {
    return launch.port(Service.named(serviceName));
  }

  /** The process id of each running service, by name (account-service, ..., gateway). */
  public synchronized Map<String, Long> servicePids() {
    Map<String, Long> pids = new java.util.LinkedHashMap<>();
    children.forEach((service, child) -> pids.put(service.serviceName(), child.pid()));
    for (int i = 0; i < extraGateways.size(); i++) {
      pids.put("gateway-extra-" + (i + 1), extraGateways.get(i).pid());
    }
    return pids;
  }

  /**
   * Starts one more gateway, with the same keys and database, that forwards every route to {@code
   * backendUrl}: what a request costs through the gateway when the service behind it does nothing
   * (the benchmark's baseline). Stopped with the stack.
   *
   * @return its URL
   */
  public String startGatewayInFrontOf(String backendUrl) {
    int port = Ports.freePort();
    String name = "gateway-extra-" + (extraGateways.size() + 1);
    List<String> command =
        launch.commandLine(
            Service.GATEWAY,
            infrastructure().springProperties(Service.GATEWAY.database()),
            Map.of(
                "server.port", String.valueOf(port),
                "creditbridge.gateway.routes.account", backendUrl,
                "creditbridge.gateway.routes.hold", backendUrl,
                "creditbridge.gateway.routes.notification", backendUrl));
    ChildProcess child =
        ChildProcess.start(name, command, logsDir().resolve(name + ".log"), dataDir());
    synchronized (this) {
      extraGateways.add(child);
      failIfClosed();
    }
    Instant deadline = Instant.now().plus(HealthCheck.TIMEOUT);
    HealthCheck health = new HealthCheck(port);
    while (!health.isUp()) {
      if (!child.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(name + " did not start" + child.logTail());
      }
      child.awaitExit(HealthCheck.INTERVAL);
    }
    return "http://127.0.0.1:" + port;
  }

  public Path dataDir() {
    return settings.dataDir();
  }

  public Path logsDir() {
    return DataDirectory.logs(settings.dataDir());
  }

  /**
   * Stops the services (SIGTERM, then SIGKILL after 15 s) and then the infrastructure. Safe to call
   * at any time and more than once; a second caller waits until the first is done.
   */
  @Override
  public void close() {
    synchronized (stopping) {
      if (stopped) {
        return;
      }
      List<ChildProcess> running;
      EmbeddedInfrastructure started;
      synchronized (this) {
        closed = true;
        running = new ArrayList<>(children.values());
        running.addAll(extraGateways);
        started = infrastructure;
      }
      ChildProcess.stopAll(running, STOP_TIMEOUT);
      if (started != null) {
        started.close();
      }
      stopped = true;
    }
  }

  private Infrastructure startInfrastructure() {
    EmbeddedInfrastructure started =
        EmbeddedInfrastructure.start(
            new InfrastructureSettings(
                settings.dataDir(),
                settings.ports().of(Listener.KAFKA),
                settings.ports().of(Listener.KAFKA_CONTROLLER),
                settings.ports().of(Listener.POSTGRES),
                settings.ports().of(Listener.SMTP),
                settings.ports().of(Listener.IMAP)));
    synchronized (this) {
      infrastructure = started;
      failIfClosed();
    }
    for (Service service : Service.values()) {
      started.createDatabase(service.database());
    }
    return started;
  }

  private void launch(Service service, Infrastructure infrastructure) {
    List<String> command =
        launch.commandLine(
            service,
            infrastructure.springProperties(service.database()),
            settings.propertiesFor(service));
    Path logFile = logsDir().resolve(service.serviceName() + ".log");
    ChildProcess child = ChildProcess.start(service.serviceName(), command, logFile, dataDir());
    synchronized (this) {
      children.put(service, child);
      failIfClosed();
    }
    log.info(
        "Started {} (pid {}) on port {}", service.serviceName(), child.pid(), launch.port(service));
  }

  private void awaitHealthy(Service service) {
    ChildProcess child;
    synchronized (this) {
      child = children.get(service);
    }
    Instant deadline = Instant.now().plus(HealthCheck.TIMEOUT);
    HealthCheck health = new HealthCheck(launch.port(service));
    while (!health.isUp()) {
      synchronized (this) {
        failIfClosed();
      }
      if (!child.isAlive()) {
        throw new IllegalStateException(
            service.serviceName() + " exited with code " + child.exitCode() + child.logTail());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            service.serviceName()
                + " did not report UP within "
                + HealthCheck.TIMEOUT.toSeconds()
                + " s"
                + child.logTail());
      }
      child.awaitExit(HealthCheck.INTERVAL);
    }
    log.info("{} is UP", service.serviceName());
  }

  private Map<Service, Integer> resolvePorts() {
    Map<Service, Integer> ports = new EnumMap<>(Service.class);
    Set<Integer> taken = new HashSet<>();
    for (Service service : Service.values()) {
      int port = settings.port(service);
      while (port == 0 || (settings.port(service) == 0 && taken.contains(port))) {
        port = Ports.freePort();
      }
      taken.add(port);
      ports.put(service, port);
    }
    return ports;
  }

  private void requireJar(Service service) {
    Path jar = service.jar(settings.home());
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "missing "
              + jar
              + "; build it first: ./mvnw -B -DskipTests install (in "
              + settings.home()
              + ")");
    }
  }

  private void failIfClosed() {
    if (closed) {
      throw new IllegalStateException("stopped while starting");
    }
  }
}
