package com.creditbridge.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLaunchTest {

  private final ServiceLaunch launch =
      new ServiceLaunch(
          Path.of("/jdk/bin/java"),
          Path.of("/repo"),
          Map.of(
              Service.GATEWAY, 8080,
              Service.ACCOUNT, 8081,
              Service.HOLD, 8082,
              Service.NOTIFICATION, 8083),
          "the-admin-key",
          4242,
          "the-internal-credential",
          LocalSettings.QUICK_START_JVM_OPTIONS);

  @Test
  void runsTheServiceJarOnItsPortOnLoopbackWithTheRunnerAsParent() {
    List<String> command = launch.commandLine(Service.HOLD, Map.of(), Map.of());

    assertThat(command)
        .startsWith("/jdk/bin/java", "-Xmx384m")
        .containsSubsequence(
            "-jar", "/repo/hold-service/target/hold-service-0.1.0-SNAPSHOT-exec.jar")
        .contains(
            "--server.port=8082",
            "--server.address=127.0.0.1",
            "--spring.application.name=hold-service",
            "--creditbridge.parent-pid=4242");
  }

  @Test
  void givesEveryServiceTheInternalCredential() {
    for (Service service : Service.values()) {
      assertThat(launch.commandLine(service, Map.of(), Map.of()))
          .contains("--creditbridge.internal.credential=the-internal-credential");
    }
  }

  @Test
  void givesTheGatewayTheAdminKeyARouteToEachServiceAndItsPublicUrl() {
    assertThat(launch.wiring(Service.GATEWAY))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "creditbridge.gateway.admin-key", "the-admin-key",
                "creditbridge.gateway.routes.account", "http://127.0.0.1:8081",
                "creditbridge.gateway.routes.hold", "http://127.0.0.1:8082",
                "creditbridge.gateway.routes.notification", "http://127.0.0.1:8083",
                "creditbridge.public-url", "http://127.0.0.1:8080"));
  }

  @Test
  void letsTheNotificationServiceCallPlainHttpWebhooksOnLoopbackAndLinkToTheGateway() {
    assertThat(launch.wiring(Service.NOTIFICATION))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "creditbridge.webhooks.allow-loopback", "true",
                "creditbridge.webhooks.allow-http", "true",
                "creditbridge.public-url", "http://127.0.0.1:8080",
                "creditbridge.escalation.signing-key", launch.escalationSigningKey(),
                "creditbridge.welcome.policy-url", "http://127.0.0.1:8082/api/v1/policy",
                "creditbridge.replies.enabled", "true",
                "creditbridge.replies.notes-url", "http://127.0.0.1:8082"));
  }

  @Test
  void derivesAStableEscalationSigningKeyFromTheAdminKey() {
    var otherAdmin =
        new ServiceLaunch(
            Path.of("/jdk/bin/java"),
            Path.of("/repo"),
            Map.of(),
            "other",
            1,
            "credential",
            LocalSettings.QUICK_START_JVM_OPTIONS);

    assertThat(launch.escalationSigningKey())
        .hasSize(64)
        .isEqualTo(launch.escalationSigningKey())
        .isNotEqualTo(otherAdmin.escalationSigningKey())
        .doesNotContain("the-admin-key");
  }

  @Test
  void passesTheInfrastructurePropertiesAndLetsExtrasWinWithEachKeyOnce() {
    List<String> command =
        launch.commandLine(
            Service.NOTIFICATION,
            Map.of("spring.kafka.bootstrap-servers", "127.0.0.1:9092", "spring.mail.port", "3025"),
            Map.of("creditbridge.public-url", "http://example.test", "spring.mail.port", "2525"));

    assertThat(command)
        .contains(
            "--spring.kafka.bootstrap-servers=127.0.0.1:9092",
            "--spring.mail.port=2525",
            "--creditbridge.public-url=http://example.test")
        .doesNotContain(
            "--spring.mail.port=3025", "--creditbridge.public-url=http://127.0.0.1:8080");
    assertThat(command.stream().filter(arg -> arg.startsWith("--spring.mail.port="))).hasSize(1);
  }
}
