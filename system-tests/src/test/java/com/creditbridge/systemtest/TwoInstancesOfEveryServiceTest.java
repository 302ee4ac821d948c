package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.Topics;
import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.local.LocalSettings;
import com.creditbridge.local.LocalStack;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreditBridge as {@code ./creditbridge --brokers 3 --replicas 2} runs it: 3 Kafka brokers and two
 * instances of every service, each pair on one database. The instances share each topic's
 * partitions, a survivor takes all of them when its twin dies, and the work that is claimed in the
 * database (webhook deliveries, emails, time-driven re-evaluations) is done once, not once per
 * instance. Few accounts: the cost is the eleven JVMs, not the events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesOfEveryServiceTest {

  private static final Duration SOON = Duration.ofSeconds(120);

  /** Long enough for a second, wrong delivery to show up after the first, right one. */
  private static final Duration QUIET = Duration.ofSeconds(5);

  private static final String ADMIN_KEY = "cb_test_admin_" + "r".repeat(32);
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  /** The consumer group of each service and the topic whose events it decides on. */
  private static final Map<String, String> TOPIC_OF_GROUP =
      Map.of("hold-service", Topics.PAYMENT_STATUS, "notification-service", Topics.HOLD_EVENTS);

  // a killed instance leaves its group after this, not after the 45 s default
  private static final Map<String, String> QUICK_SESSIONS =
      Map.of(
          "spring.kafka.consumer.properties.session.timeout.ms", "6000",
          "spring.kafka.consumer.properties.heartbeat.interval.ms", "1500");

  private static Path dataDir;
  private static LocalStack stack;
  private static Gateway gateway;
  private static WebhookSink crm;
  private static Admin kafka;
  private static Mailbox mailbox;

  @BeforeAll
  static void startTwoOfEverything() throws Exception {
    dataDir = Files.createTempDirectory("creditbridge-replicas-test");
    LocalSettings settings =
        SystemTestHome.stackSettings(dataDir, ADMIN_KEY)
            .withScale(3, 2)
            .withServiceProperties("hold-service", QUICK_SESSIONS)
            .withServiceProperties("notification-service", QUICK_SESSIONS);
    stack = LocalStack.start(settings);
    // the second gateway: the first one is what every other system test uses
    gateway = new Gateway(URI.create(stack.gatewayUrls().get(1)), ADMIN_KEY);
    crm = new WebhookSink();
    kafka =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.infrastructure().kafkaBootstrapServers()));
    mailbox = new Mailbox(stack.infrastructure().imapPort());
    var endpoint =
        gateway.post(
            "/api/v1/webhook-endpoints",
            "{\"url\": \"%s\", \"description\": \"CRM\", \"eventTypes\": []}".formatted(crm.url()));
    assertThat(endpoint.status()).isEqualTo(201);
  }

  @AfterAll
  static void stopEverything() {
    if (kafka != null) {
      kafka.close();
    }
    if (crm != null) {
      crm.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void bothInstancesOfAServiceOwnPartitionsOfItsTopic() {
    TOPIC_OF_GROUP.forEach(
        (group, topic) ->
            await()
                .atMost(SOON)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                    () -> {
                      List<Set<TopicPartition>> owners = owners(group, topic);
                      assertThat(owners).as(group + ": members owning " + topic).hasSize(2);
                      assertThat(owners.stream().mapToInt(Set::size).sum())
                          .as(group + ": partitions of " + topic + " owned")
                          .isEqualTo(partitions(topic));
                    }));
  }

  @Test
  @Order(2)
  void aHoldIsDeliveredAndMailedOnceWhileTwoNotificationInstancesRun() throws Exception {
    String account = "replicas-a-" + RUN;
    String rep = "rep-a-" + RUN + "@example.com";

    postOverdueAccount(account, rep, 65);

    awaitStatus(account, "ON_HOLD");
    assertDeliveredOnce(account, "credit.hold.placed");
    assertMailedOnce(rep);
  }

  @Test
  @Order(3)
  void aReevaluationAfterAPolicyChangeIsDoneOnceByOneOfTheTwoHoldInstances() throws Exception {
    String account = "replicas-b-" + RUN;
    String rep = "rep-b-" + RUN + "@example.com";
    postOverdueAccount(account, rep, 40);
    awaitStatus(account, "CLEAR");

    ObjectNode policy = (ObjectNode) gateway.get("/api/v1/policy").json().deepCopy();
    policy.remove("version");
    policy.remove("reevaluation");
    policy.put("holdAfterDaysPastDue", 30);
    assertThat(gateway.put("/api/v1/policy", policy.toString()).status()).isEqualTo(200);

    // both instances poll for accounts decided under an older policy; one claims each account
    awaitStatus(account, "ON_HOLD");
    assertDeliveredOnce(account, "credit.hold.placed");
    assertMailedOnce(rep);
    // and the rep hears once, from one of the two notification instances, what the policy moved
    assertMailedOnce(rep, POLICY_CHANGE_SUBJECT);
  }

  @Test
  @Order(4)
  void whenOneInstanceDiesTheOtherTakesAllPartitionsAndEventsKeepFlowing() throws Exception {
    stack.kill("hold-service-2");
    stack.kill("notification-service-2");

    TOPIC_OF_GROUP.forEach(
        (group, topic) ->
            await()
                .atMost(SOON)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                    () -> {
                      List<Set<TopicPartition>> owners = owners(group, topic);
                      assertThat(owners).as(group + ": members owning " + topic).hasSize(1);
                      assertThat(owners.get(0))
                          .as(group + ": partitions of " + topic + " the survivor owns")
                          .hasSize(partitions(topic));
                    }));
    String account = "replicas-c-" + RUN;
    String rep = "rep-c-" + RUN + "@example.com";

    postOverdueAccount(account, rep, 65);

    awaitStatus(account, "ON_HOLD");
    assertDeliveredOnce(account, "credit.hold.placed");
    assertMailedOnce(rep);
  }

  private static void postOverdueAccount(String account, String rep, int daysPastDue)
      throws Exception {
    assertThat(
            gateway
                .post(
                    "/api/v1/ledger-events",
                    LedgerEvents.accountOfAnotherRep(account, "Replica Co", rep))
                .status())
        .isEqualTo(202);
    assertThat(
            gateway
                .post(
                    "/api/v1/ledger-events",
                    LedgerEvents.invoiceIssued(
                        account, "INV-1", "1200.00", TODAY.minusDays(daysPastDue)))
                .status())
        .isEqualTo(202);
  }

  private static void awaitStatus(String account, String expected) {
    await()
        .atMost(SOON)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> gateway.get("/api/v1/accounts/" + account + "/credit-status"),
            r -> r.status() == 200 && expected.equals(r.json().get("status").asString()));
  }

  /** The transition arrived, and stays under one webhook id: a retry repeats the id. */
  private static void assertDeliveredOnce(String account, String type) {
    crm.await(r -> about(r, account, type), SOON);
    await()
        .during(QUIET)
        .atMost(QUIET.plus(SOON))
        .until(
            () ->
                crm.received().stream()
                    .filter(r -> about(r, account, type))
                    .map(r -> r.header("webhook-id"))
                    .collect(Collectors.toSet())
                    .size(),
            ids -> ids == 1);
  }

  private static boolean about(WebhookSink.Received received, String account, String type) {
    return received.body().contains("\"" + type + "\"")
        && received.body().contains("\"" + account + "\"");
  }

  /** The subject of the email that explains a policy change to a rep (template policy.changed). */
  private static final String POLICY_CHANGE_SUBJECT = "Credit policy changed";

  /** One email about the account's hold (any email but a policy change's explanation). */
  private static void assertMailedOnce(String rep) {
    assertMailed(rep, mail -> !mail.subject().startsWith(POLICY_CHANGE_SUBJECT));
  }

  private static void assertMailedOnce(String rep, String subjectStart) {
    assertMailed(rep, mail -> mail.subject().startsWith(subjectStart));
  }

  private static void assertMailed(String rep, Predicate<Mailbox.Mail> which) {
    await()
        .atMost(SOON)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> mailbox.messagesFor(rep).stream().filter(which).count(), n -> n >= 1);
    await()
        .during(QUIET)
        .atMost(QUIET.plus(SOON))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> mailbox.messagesFor(rep).stream().filter(which).count(), n -> n == 1);
  }

  /**
   * The partitions of {@code topic} each member of {@code group} owns, for the members that own
   * some. A service instance may run several consumers in its group (notification-service has one
   * per topic), so members are told apart by what they own, not counted.
   */
  private static List<Set<TopicPartition>> owners(String group, String topic) throws Exception {
    ConsumerGroupDescription description =
        kafka.describeConsumerGroups(List.of(group)).all().get().get(group);
    return description.members().stream()
        .map(MemberDescription::assignment)
        .map(
            assignment ->
                assignment.topicPartitions().stream()
                    .filter(partition -> partition.topic().equals(topic))
                    .collect(Collectors.toSet()))
        .filter(owned -> !owned.isEmpty())
        .toList();
  }

  private static int partitions(String topic) throws Exception {
    return kafka
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get()
        .get(topic)
        .partitions()
        .size();
  }
}
