package com.creditbridge.local;

import com.creditbridge.infrastructure.EmbeddedInfrastructure;
import com.creditbridge.infrastructure.Infrastructure;
import com.creditbridge.infrastructure.InfrastructureSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final InstancePorts ports;
  private final Object stopping = new Object();
  // guarded by this: what has been started so far, so that close() can stop it at any moment
  private final Map<String, ServiceInstance> instances = new LinkedHashMap<>();
  private final List<ChildProcess> extraGateways = new ArrayList<>();
  private EmbeddedInfrastructure infrastructure;
  private boolean closed;
  private boolean stopped; // guarded by stopping

  private String adminKey;
  private ServiceLaunch launch;

  private LocalStack(LocalSettings settings) {
    this.settings = settings;
    this.ports = new InstancePorts(settings);
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
      List.of(Service.values()).forEach(service -> service.requireJar(settings.home()));
      DataDirectory.prepare(settings.dataDir(), settings.fresh());
      adminKey = AdminKey.resolve(settings.adminKey(), settings.dataDir());
      Infrastructure infrastructure = startInfrastructure();
      launch =
          new ServiceLaunch(
              Path.of(System.getProperty("java.home"), "bin", "java"),
              settings.home(),
              ports.first(),
              adminKey,
              ProcessHandle.current().pid(),
              AdminKey.generate(), // the same kind of secret: 256 random bits
              settings.jvmOptions());
      // replica by replica: on two cores, a dozen JVMs starting at once all miss the timeout
      for (int index = 0; index < settings.replicas(); index++) {
        List<ServiceInstance> started = new ArrayList<>();
        for (Service service : BACKENDS) {
          started.add(launch(service, index, infrastructure));
        }
        started.forEach(this::awaitHealthy);
      }
      List<ServiceInstance> gateways = new ArrayList<>();
      for (int index = 0; index < settings.replicas(); index++) {
        gateways.add(launch(Service.GATEWAY, index, infrastructure));
      }
      gateways.forEach(this::awaitHealthy);
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

  /** Every gateway instance's URL; the first is {@link #gatewayUrl()}. */
  public synchronized List<String> gatewayUrls() {
    return instances.values().stream()
        .filter(instance -> instance.service() == Service.GATEWAY)
        .map(ServiceInstance::url)
        .toList();
  }

  /** Every service instance's name with its URL, in start order. */
  public synchronized Map<String, String> instanceUrls() {
    Map<String, String> urls = new LinkedHashMap<>();
    instances.forEach((name, instance) -> urls.put(name, instance.url()));
    return urls;
  }

  /** Kills a service instance (by name, see {@link #instanceUrls()}) with SIGKILL, as a crash. */
  public void kill(String instanceName) {
    instance(instanceName).process().kill();
  }

  /** Starts a killed instance again on its port and waits until it reports UP. */
  public void restart(String instanceName) {
    ServiceInstance instance = instance(instanceName);
    if (instance.process().isAlive()) {
      return;
    }
    instance.start();
    awaitHealthy(instance);
  }

  /** The embedded servers, whose Kafka brokers can be killed and restarted when a cluster runs. */
  public synchronized EmbeddedInfrastructure embeddedInfrastructure() {
    return infrastructure;
  }

  private synchronized ServiceInstance instance(String name) {
    ServiceInstance instance = instances.get(name);
    if (instance == null) {
      throw new IllegalArgumentException("no service instance named " + name);
    }
    return instance;
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
    Map<String, Long> pids = new LinkedHashMap<>();
    instances.forEach((name, instance) -> pids.put(name, instance.process().pid()));
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
    ServiceInstance gateway =
        new ServiceInstance(
            name, Service.GATEWAY, port, command, logsDir().resolve(name + ".log"), dataDir());
    ChildProcess child = gateway.start();
    synchronized (this) {
      extraGateways.add(child);
      failIfClosed();
    }
    awaitHealthy(gateway);
    return gateway.url();
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
        running = new ArrayList<>();
        instances.values().stream().map(ServiceInstance::process).forEach(running::add);
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
                settings.ports().of(Listener.IMAP),
                settings.kafkaBrokers()));
    synchronized (this) {
      infrastructure = started;
      failIfClosed();
    }
    for (Service service : Service.values()) {
      started.createDatabase(service.database());
    }
    return started;
  }

  /** Starts instance {@code index} of {@code service}; the replicas share its database. */
  private ServiceInstance launch(Service service, int index, Infrastructure infrastructure) {
    String name =
        settings.replicas() == 1
            ? service.serviceName()
            : service.serviceName() + "-" + (index + 1);
    int port = ports.of(service, index);
    Map<String, String> extras = new LinkedHashMap<>(settings.propertiesFor(service));
    extras.put("server.port", String.valueOf(port));
    extras.putAll(ReplicaWiring.gatewayInstances(service, settings.replicas(), ports::of));
    List<String> command =
        launch.commandLine(service, infrastructure.springProperties(service.database()), extras);
    ServiceInstance instance =
        new ServiceInstance(
            name, service, port, command, logsDir().resolve(name + ".log"), dataDir());
    ChildProcess child = instance.start();
    synchronized (this) {
      instances.put(name, instance);
      failIfClosed();
    }
    log.info("Started {} (pid {}) on port {}", name, child.pid(), port);
    return instance;
  }

  private void awaitHealthy(ServiceInstance instance) {
    // a dozen JVMs and three brokers on two cores: each start takes longer
    boolean scaled = settings.replicas() > 1 || settings.kafkaBrokers() > 1;
    instance.awaitHealthy(
        scaled ? HealthCheck.TIMEOUT.multipliedBy(3) : HealthCheck.TIMEOUT,
        () -> {
          synchronized (this) {
            return closed;
          }
        });
    log.info("{} is UP", instance.name());
  }

  private void failIfClosed() {
    if (closed) {
      throw new IllegalStateException("stopped while starting");
    }
  }
}
