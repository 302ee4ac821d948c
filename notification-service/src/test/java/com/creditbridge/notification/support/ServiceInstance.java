package com.creditbridge.notification.support;

import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.notification.NotificationApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One more running notification-service, as a replica or a restarted process would be: its own
 * Spring context on a real port, against the given database. It does not consume Kafka (the shared
 * test context does), so a test drives it through the HTTP API.
 */
public final class ServiceInstance implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private ServiceInstance(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static ServiceInstance start(String database, Map<String, String> overrides) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.putAll(TestInfrastructure.shared().springProperties(database));
    properties.put("server.port", "0");
    properties.put("spring.kafka.listener.auto-startup", "false");
    properties.put("creditbridge.webhooks.allow-loopback", "true");
    properties.put("creditbridge.webhooks.allow-http", "true");
    properties.put("creditbridge.webhooks.poll-interval", "50ms");
    properties.put("creditbridge.webhooks.timeout", "3s");
    properties.put("creditbridge.email.poll-interval", "1s");
    properties.put("creditbridge.escalation.signing-key", NotificationIntegrationTest.SIGNING_KEY);
    properties.putAll(overrides);
    // as command-line arguments: they win over application.yml, as the launcher's do
    String[] arguments =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new ServiceInstance(
        new SpringApplicationBuilder(NotificationApplication.class).run(arguments));
  }

  public WebTestClient http() {
    String port = context.getEnvironment().getProperty("local.server.port");
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
  }

  public DatabaseClient db() {
    return context.getBean(DatabaseClient.class);
  }

  @Override
  public void close() {
    context.close();
  }
}
