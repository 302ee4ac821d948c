package com.creditbridge.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.platform.topics.TopicPlan.Configure;
import com.creditbridge.platform.topics.TopicPlan.Create;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real (single-broker) test Kafka; the 3-broker case is in the system tests. */
class TopicProvisioningTest {

  private final Map<String, Object> adminConfig =
      Map.of(
          AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
          TestInfrastructure.shared().kafkaBootstrapServers());
  private final TopicSettings settings = new TopicSettings(true, 4, 0, 0, Duration.ofDays(2));
  private Admin admin;

  @BeforeEach
  void connect() {
    admin = Admin.create(adminConfig);
  }

  @AfterEach
  void disconnect() {
    admin.close();
  }

  @Test
  void createsMissingTopicsWithTheConfiguredPartitionsReplicationAndMinInSync() throws Exception {
    String events = "provisioning-events-" + UUID.randomUUID();

    var steps = new TopicProvisioning(adminConfig, settings, List.of(events)).provision();

    assertThat(steps).singleElement().isInstanceOf(Create.class);
    TopicDescription description =
        admin.describeTopics(List.of(events)).allTopicNames().get().get(events);
    assertThat(description.partitions()).hasSize(4);
    assertThat(description.partitions().get(0).replicas()).hasSize(1);
    Config config = config(events);
    assertThat(config.get("min.insync.replicas").value()).isEqualTo("1");
    assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
    assertThat(config.get("retention.ms").value())
        .isEqualTo(String.valueOf(Duration.ofDays(2).toMillis()));
  }

  @Test
  void provisioningAgainChangesNothingAndDoesNotFail() throws Exception {
    String events = "provisioning-again-" + UUID.randomUUID();
    TopicProvisioning provisioning = new TopicProvisioning(adminConfig, settings, List.of(events));
    provisioning.provision();

    var steps = provisioning.provision();

    assertThat(steps).singleElement().isInstanceOf(Configure.class);
    assertThat(admin.describeTopics(List.of(events)).allTopicNames().get().get(events).partitions())
        .hasSize(4);
  }

  @Test
  void anExistingTopicWithFewerPartitionsKeepsThemAndGetsItsConfiguration() throws Exception {
    String events = "provisioning-fewer-" + UUID.randomUUID();
    admin.createTopics(List.of(new NewTopic(events, 2, (short) 1))).all().get();

    new TopicProvisioning(adminConfig, settings, List.of(events)).provision();

    assertThat(admin.describeTopics(List.of(events)).allTopicNames().get().get(events).partitions())
        .hasSize(2);
    assertThat(config(events).get("retention.ms").value())
        .isEqualTo(String.valueOf(Duration.ofDays(2).toMillis()));
  }

  @Test
  void theContractTopicsExistAfterAServiceStartsAndTheStateTopicIsCompacted() throws Exception {
    new TopicProvisioning(adminConfig, settings, TopicPlan.CONTRACT_TOPICS).provision();

    Set<String> names = admin.listTopics().names().get();
    assertThat(names).containsAll(TopicPlan.CONTRACT_TOPICS);
    assertThat(config("account.payment-status.v1").get("cleanup.policy").value())
        .isEqualTo("compact");
  }

  private Config config(String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get().get(resource);
  }
}
