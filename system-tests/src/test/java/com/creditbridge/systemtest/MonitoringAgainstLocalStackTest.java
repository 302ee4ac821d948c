package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.local.LocalSettings;
import com.creditbridge.local.LocalStack;
import com.creditbridge.local.PrometheusServer;
import com.creditbridge.local.ScrapeConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The monitoring works on the real thing: a real Prometheus scrapes the whole local stack while an
 * ERP and a CRM use it, every dashboard panel and every alert finds its metrics, one ledger event's
 * trace id shows in every service's log, and alerts go off when a CRM or a service stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringAgainstLocalStackTest {

  private static final Duration SOON = Duration.ofSeconds(30);
  private static final String ADMIN_KEY = "cb_test_admin_" + "m".repeat(32);
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final Path ROOT = SystemTestHome.repositoryRoot();
  private static final List<String> SERVICES =
      List.of("account-service", "hold-service", "notification-service", "gateway");
  private static final String TRACE_ID = randomHex(16);

  private static LocalStack stack;
  private static PrometheusServer prometheusServer;
  private static PrometheusApi prometheus;
  private static Gateway gateway;
  private static WebhookSink crm;

  @BeforeAll
  static void startCreditBridgeAndPrometheusAndUseIt() throws Exception {
    Path prometheusBinary = Tools.require("prometheus");
    Path dataDir = Files.createTempDirectory("creditbridge-monitoring-test");
    stack =
        LocalStack.start(
            LocalSettings.defaults(ROOT)
                .withHome(ROOT)
                .withDataDir(dataDir)
                .withFreePorts()
                .withAdminKey(ADMIN_KEY)
                // the log lines that show one request's trace id in every service
                .withServiceProperties("gateway", debug("org.springframework.cloud.gateway"))
                .withServiceProperties("account-service", debug("com.creditbridge"))
                .withServiceProperties("hold-service", debug("com.creditbridge"))
                .withServiceProperties("notification-service", debug("com.creditbridge")));
    Map<String, Integer> ports = new LinkedHashMap<>();
    SERVICES.forEach(service -> ports.put(service, stack.servicePort(service)));
    prometheusServer =
        PrometheusServer.start(
            prometheusBinary,
            dataDir,
            0,
            new ScrapeConfig(
                ports, ROOT.resolve("deploy/prometheus/rules"), Duration.ofSeconds(1)));
    prometheus = new PrometheusApi(prometheusServer.url());
    gateway = new Gateway(URI.create(stack.gatewayUrl()), ADMIN_KEY);
    crm = new WebhookSink();
    driveTraffic();
  }

  private static Map<String, String> debug(String logger) {
    return Map.of("logging.level." + logger, "DEBUG");
  }

  /** What an ERP and a CRM do on a normal day, so that every metric has something to count. */
  private static void driveTraffic() throws Exception {
    assertThat(
            gateway
                .post(
                    "/api/v1/webhook-endpoints",
                    """
                    {"url": "%s", "description": "CRM", "eventTypes": []}
                    """
                        .formatted(crm.url()))
                .status())
        .isEqualTo(201);
    String account = "mon-" + System.nanoTime();
    assertThat(
            gateway
                .post("/api/v1/ledger-events", LedgerEvents.accountUpserted(account, "Monitored"))
                .status())
        .isEqualTo(202);
    var invoice =
        gateway.post(
            "/api/v1/ledger-events",
            LedgerEvents.invoiceIssued(account, "INV-M1", "2500.00", TODAY.minusDays(70)),
            Map.of("traceparent", "00-" + TRACE_ID + "-" + randomHex(8) + "-01"));
    assertThat(invoice.status()).isEqualTo(202);
    assertThat(gateway.post("/api/v1/ledger-events", "{\"type\": ").status()).isEqualTo(400);

    crm.await(r -> r.body().contains("\"credit.hold.placed\""), SOON);
    var mailbox = new Mailbox(stack.infrastructure().imapPort());
    await()
        .atMost(SOON)
        .until(() -> mailbox.messagesFor(LedgerEvents.REP_EMAIL), mails -> !mails.isEmpty());
  }

  @AfterAll
  static void stopEverything() {
    if (crm != null) {
      crm.close();
    }
    if (prometheusServer != null) {
      prometheusServer.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void showsOneLedgerEventsTraceIdInTheLogOfEveryService() {
    await()
        .atMost(SOON)
        .untilAsserted(
            () ->
                assertThat(SERVICES)
                    .allSatisfy(
                        service ->
                            assertThat(stack.logsDir().resolve(service + ".log"))
                                .as("%s's log", service)
                                .content()
                                // the log pattern's correlation field: [traceId-spanId]
                                .contains("[" + TRACE_ID + "-")));
  }

  @Test
  @Order(2)
  void everyDashboardPanelQueryReturnsData() throws Exception {
    List<DeployedQueries.PanelQuery> queries =
        DeployedQueries.panelQueries(ROOT.resolve("deploy/grafana/dashboards"));
    assertThat(queries).hasSizeGreaterThan(20);

    List<String> empty = awaitData(queries.stream().map(DeployedQueries.PanelQuery::expr).toList());

    assertThat(empty)
        .as("panel queries that return nothing (is a metric missing or misnamed?)")
        .isEmpty();
  }

  @Test
  @Order(3)
  void everyAlertRuleFindsTheMetricsItWatches() throws Exception {
    List<String> selectors = new ArrayList<>();
    for (var rule : DeployedQueries.alertRules(ROOT.resolve("deploy/prometheus/rules"))) {
      // an alert's expression only returns data while it fires: check its metrics exist instead
      prometheus.query(rule.expr()); // and that Prometheus accepts the expression
      DeployedQueries.metricNames(rule.expr()).stream()
          .map(name -> "{__name__=\"" + name + "\"}")
          .filter(selector -> !selectors.contains(selector))
          .forEach(selectors::add);
    }
    assertThat(selectors).contains("{__name__=\"up\"}");

    assertThat(awaitData(selectors))
        .as("metrics that alert rules watch but nobody exposes")
        .isEmpty();
  }

  @Test
  @Order(4)
  void webhookFailureAlertGoesOffWhenTheCrmStopsAnswering() throws Exception {
    assertThat(prometheus.hasData("creditbridge_webhook_deliveries_total"))
        .as("notification-service exposes creditbridge_webhook_deliveries_total")
        .isTrue();
    crm.close(); // the CRM is down: every delivery attempt fails from now on
    String account = "mon-down-" + System.nanoTime();
    gateway.post("/api/v1/ledger-events", LedgerEvents.accountUpserted(account, "Unlucky"));
    gateway.post(
        "/api/v1/ledger-events",
        LedgerEvents.invoiceIssued(account, "INV-M2", "900.00", TODAY.minusDays(80)));

    awaitAlert("CreditBridgeWebhookFailureRate", "", "pending|firing", Duration.ofSeconds(90));
  }

  @Test
  @Order(5)
  void serviceDownAlertFiresWhenAServiceStops() throws Exception {
    // this stack's own instance: other test classes' stacks may still run in this JVM
    ProcessHandle notification =
        ProcessHandle.of(stack.servicePids().get("notification-service")).orElseThrow();
    notification.destroy();

    // pending at once, firing after the rule's "for: 1m"
    awaitAlert(
        "CreditBridgeServiceDown",
        ",job=\"notification-service\"",
        "firing",
        Duration.ofSeconds(120));
    assertThat(
            prometheus.hasData(
                "ALERTS{alertname=\"CreditBridgeServiceDown\",job=\"account-service\"}"))
        .isFalse();
  }

  private static void awaitAlert(String name, String labels, String states, Duration timeout) {
    String query = "ALERTS{alertname=\"%s\",alertstate=~\"%s\"%s}".formatted(name, states, labels);
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> prometheus.hasData(query));
  }

  /** Waits until every query returns data; returns the ones that still do not at the deadline. */
  private static List<String> awaitData(List<String> queries) {
    List<String> empty = new ArrayList<>(queries);
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .until(
              () -> {
                List<String> stillEmpty = new ArrayList<>();
                for (String query : empty) {
                  if (!prometheus.hasData(query)) {
                    stillEmpty.add(query);
                  }
                }
                empty.retainAll(stillEmpty);
                return empty.isEmpty();
              });
    } catch (ConditionTimeoutException e) {
      // reported by the caller, with the queries
    }
    return empty;
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1;
    return HexFormat.of().formatHex(random);
  }
}
