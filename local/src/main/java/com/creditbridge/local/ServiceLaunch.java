package com.creditbridge.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How each service is started: the JVM options and every Spring property it gets, in one place.
 *
 * @param java the {@code java} executable
 * @param home the repository root with the built jars
 * @param ports the port each service listens on, all resolved (none is 0)
 * @param parentPid the runner's pid; a service exits when that process is gone
 * @param internalCredential the secret the gateway adds to what it forwards and the services
 *     require (new on every start: only these processes need it)
 * @param jvmOptions every service's JVM options
 */
record ServiceLaunch(
    Path java,
    Path home,
    Map<Service, Integer> ports,
    String adminKey,
    long parentPid,
    String internalCredential,
    List<String> jvmOptions) {

  /**
   * The command that starts {@code service}. Later sources win: infrastructure properties, then the
   * service's own wiring, then {@code extras}. Each key appears once, as Spring would join repeated
   * command-line values with commas.
   */
  List<String> commandLine(
      Service service, Map<String, String> infrastructure, Map<String, String> extras) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", String.valueOf(port(service)));
    properties.put("server.address", "127.0.0.1");
    properties.put("spring.application.name", service.serviceName());
    properties.put("creditbridge.parent-pid", String.valueOf(parentPid));
    properties.put("creditbridge.internal.credential", internalCredential);
    properties.putAll(infrastructure);
    properties.putAll(wiring(service));
    properties.putAll(extras);

    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(service.jar(home).toString());
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    return command;
  }

  /** What a service needs to know about the others. */
  Map<String, String> wiring(Service service) {
    Map<String, String> properties = new LinkedHashMap<>();
    switch (service) {
      case GATEWAY -> {
        properties.put("creditbridge.gateway.admin-key", adminKey);
        // sign-in links in emails start with it
        properties.put("creditbridge.public-url", url(Service.GATEWAY));
        properties.put("creditbridge.gateway.routes.account", url(Service.ACCOUNT));
        properties.put("creditbridge.gateway.routes.hold", url(Service.HOLD));
        properties.put("creditbridge.gateway.routes.notification", url(Service.NOTIFICATION));
      }
      case NOTIFICATION -> {
        // webhook receivers on a developer's machine listen on loopback and speak plain http; the
        // other internal ranges and cloud metadata stay refused
        properties.put("creditbridge.webhooks.allow-loopback", "true");
        properties.put("creditbridge.webhooks.allow-http", "true");
        properties.put("creditbridge.public-url", url(Service.GATEWAY));
        properties.put("creditbridge.escalation.signing-key", escalationSigningKey());
        // the welcome email tells the policy in force, which the hold-service owns
        properties.put("creditbridge.welcome.policy-url", url(Service.HOLD) + "/api/v1/policy");
        // replies to emails (the embedded mail server's replies mailbox) become notes, which the
        // hold-service keeps on the timeline
        properties.put("creditbridge.replies.enabled", "true");
        properties.put("creditbridge.replies.notes-url", url(Service.HOLD));
      }
      case ACCOUNT, HOLD -> {}
    }
    return properties;
  }

  /**
   * The key of escalation acknowledgement links: derived from the admin key, which is kept in the
   * data directory, so links in emails still work after a restart.
   */
  String escalationSigningKey() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(adminKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal("escalation-signing-key".getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }

  int port(Service service) {
    Integer port = ports.get(service);
    if (port == null || port == 0) {
      throw new IllegalStateException("no port resolved for " + service.serviceName());
    }
    return port;
  }

  String url(Service service) {
    return "http://127.0.0.1:" + port(service);
  }
}
