package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The deployment files are valid for the tools that read them. */
class DeploymentConfigTest {

  private static final Path ROOT = SystemTestHome.repositoryRoot();
  private static final Path PROMETHEUS = ROOT.resolve("deploy/prometheus");
  private static final Map<String, String> COMPOSE_SECRETS =
      Map.of(
          "CREDITBRIDGE_ADMIN_KEY", "cb_admin_for_config_check",
          "CREDITBRIDGE_INTERNAL_CREDENTIAL", "internal-for-config-check",
          "POSTGRES_PASSWORD", "postgres-for-config-check",
          "GRAFANA_ADMIN_PASSWORD", "grafana-for-config-check");

  @Test
  void prometheusAcceptsTheScrapeConfigurationAndItsRuleFiles() throws Exception {
    var result = Tools.run(PROMETHEUS, Map.of(), "promtool", "check", "config", "prometheus.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("1 rule files found");
  }

  @Test
  void prometheusAcceptsTheAlertRules() throws Exception {
    var result =
        Tools.run(
            PROMETHEUS, Map.of(), "promtool", "check", "rules", "rules/creditbridge-alerts.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void everyAlertFiresOnItsConditionAndOnlyThen() throws Exception {
    var result =
        Tools.run(
            PROMETHEUS.resolve("tests"),
            Map.of(),
            "promtool",
            "test",
            "rules",
            "creditbridge-alerts.test.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    // a rule without a test would pass unnoticed: each alert must appear in the unit tests
    String tests =
        java.nio.file.Files.readString(PROMETHEUS.resolve("tests/creditbridge-alerts.test.yml"));
    assertThat(DeployedQueries.alertRules(PROMETHEUS.resolve("rules")))
        .allSatisfy(
            rule ->
                assertThat(tests)
                    .as("a promtool test for %s", rule.name())
                    .contains("alertname: " + rule.name()));
  }

  @Test
  void composeFileIsValidWhenTheSecretsAreSet() throws Exception {
    var result =
        Tools.run(
            ROOT, COMPOSE_SECRETS, "docker-compose", "-f", "docker-compose.yml", "config", "-q");

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void composeRefusesToStartWithoutTheAdminKey() throws Exception {
    Map<String, String> withoutAdminKey = new java.util.HashMap<>(COMPOSE_SECRETS);
    withoutAdminKey.put("CREDITBRIDGE_ADMIN_KEY", "");

    var result =
        Tools.run(
            ROOT, withoutAdminKey, "docker-compose", "-f", "docker-compose.yml", "config", "-q");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("CREDITBRIDGE_ADMIN_KEY");
  }

  @Test
  void dashboardsUseTheProvisionedPrometheusDatasource() {
    for (String dashboard : new String[] {"credit-holds.json", "pipeline-health.json"}) {
      JsonNode json =
          JsonMapper.shared()
              .readTree(ROOT.resolve("deploy/grafana/dashboards").resolve(dashboard).toFile());
      assertThat(json.path("panels")).isNotEmpty();
      for (JsonNode panel : json.path("panels")) {
        assertThat(panel.path("datasource").path("uid").asString())
            .as("%s: %s", dashboard, panel.path("title").asString())
            .isEqualTo("prometheus");
      }
    }
  }
}
