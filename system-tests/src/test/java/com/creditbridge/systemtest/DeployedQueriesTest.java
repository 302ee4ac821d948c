package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeployedQueriesTest {

  private static final Path DEPLOY = SystemTestHome.repositoryRoot().resolve("deploy");

  @Test
  void findsTheMetricsAnExpressionSelectsButNotItsFunctionsOrLabels() {
    assertThat(
            DeployedQueries.metricNames(
                "sum by (application) (rate(creditbridge_webhook_deliveries_total"
                    + "{outcome=~\"retry|gave_up\"}[10m])) / sum by (application)"
                    + " (rate(creditbridge_webhook_deliveries_total[10m])) > 0.2"))
        .containsExactly("creditbridge_webhook_deliveries_total");
    assertThat(
            DeployedQueries.metricNames(
                "creditbridge_outbox_oldest_age > 120 or (creditbridge_outbox_backlog > 1000"
                    + " and deriv(creditbridge_outbox_backlog[10m]) > 0)"))
        .containsExactly("creditbridge_outbox_oldest_age", "creditbridge_outbox_backlog");
    assertThat(
            DeployedQueries.metricNames(
                "histogram_quantile(0.95, sum by (le) (rate(x_seconds_bucket[5m])))"))
        .containsExactly("x_seconds_bucket");
  }

  @Test
  void readsEveryPanelOfBothDashboardsAndEveryAlert() {
    assertThat(DeployedQueries.panelQueries(DEPLOY.resolve("grafana/dashboards")))
        .extracting(DeployedQueries.PanelQuery::dashboard)
        .contains("Credit holds", "Pipeline health");
    assertThat(DeployedQueries.alertRules(DEPLOY.resolve("prometheus/rules")))
        .extracting(DeployedQueries.AlertRule::name)
        .contains(
            "CreditBridgeServiceDown",
            "CreditBridgeOutboxBacklogGrowing",
            "CreditBridgeConsumerLag",
            "CreditBridgeWebhookFailureRate",
            "CreditBridgeWebhookEndpointDisabled",
            "CreditBridgeSmtpFailures");
  }
}
