package com.creditbridge.notification.support;

import com.creditbridge.infrastructure.MovableClock;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one Spring context every integration test shares (same configuration, so Spring caches it):
 * the service against real PostgreSQL, Kafka and GreenMail, with short polls, retries and limits,
 * and a {@link TestHostResolver} in place of DNS.
 */
@SpringBootTest(
    properties = {
      "creditbridge.webhooks.allow-loopback=true",
      "creditbridge.webhooks.allow-http=true",
      "creditbridge.webhooks.poll-interval=50ms",
      "creditbridge.webhooks.retry-schedule=200ms,200ms,200ms",
      "creditbridge.webhooks.timeout=3s",
      "creditbridge.webhooks.slow-down-delay=1s",
      "creditbridge.webhooks.max-retry-after=2s",
      // short, so the dead endpoints tests leave behind stop retrying every later event; the test
      // of the rule moves the clock past it rather than waiting
      "creditbridge.webhooks.disable-after-failing=5s",
      "creditbridge.webhooks.metrics-refresh=200ms",
      "creditbridge.webhooks.admin-emails=" + NotificationIntegrationTest.ADMIN_EMAIL,
      "creditbridge.email.poll-interval=100ms",
      "creditbridge.email.retry-schedule=200ms,1s",
      "creditbridge.public-url=http://gateway.test:8080",
      "creditbridge.escalation.signing-key=" + NotificationIntegrationTest.SIGNING_KEY,
      "creditbridge.escalation.poll-interval=100ms",
      "creditbridge.digest.poll-interval=100ms",
      // the tests run the welcome pass themselves (as a second replica or a restart would)
      "creditbridge.welcome.enabled=false",
      "creditbridge.feedback.gauge-refresh=200ms",
      "creditbridge.notification.credit-managers=" + NotificationIntegrationTest.CREDIT_MANAGERS
    })
@Import({TestHostResolver.Config.class, MovableClockConfiguration.class})
@AutoConfigureWebTestClient(timeout = "PT30S") // the build machine is shared and slow
public abstract class NotificationIntegrationTest {

  public static final String DATABASE = "notification_it";
  public static final String ADMIN_EMAIL = "webhook-admins@example.com";

  /** {@code creditbridge.notification.credit-managers} in the tests. */
  public static final String CREDIT_MANAGERS = "credit-managers@example.com";

  /** {@code creditbridge.webhooks.disable-after-failing} in the tests. */
  public static final java.time.Duration DISABLE_AFTER_FAILING = java.time.Duration.ofSeconds(5);

  public static final String SIGNING_KEY = "integration-test-signing-key-0123456789";

  @Autowired protected WebTestClient http;
  @Autowired protected DatabaseClient db;
  @Autowired protected MovableClock clock;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties(DATABASE)
        .forEach((key, value) -> registry.add(key, () -> value));
    registry.add("creditbridge.welcome.policy-url", PolicyStub::url);
    registry.add("creditbridge.replies.notes-url", NotesStub::url);
    HoldEvents.createTopic();
  }

  /** The single number the query selects, with the given named parameters bound. */
  protected long count(String sql, Map<String, Object> parameters) {
    var spec = db.sql(sql);
    for (var parameter : parameters.entrySet()) {
      spec = spec.bind(parameter.getKey(), parameter.getValue());
    }
    return spec.map(row -> row.get(0, Long.class)).one().block();
  }
}
