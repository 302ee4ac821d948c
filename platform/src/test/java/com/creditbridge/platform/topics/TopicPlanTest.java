package com.creditbridge.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.topics.TopicPlan.Configure;
import com.creditbridge.platform.topics.TopicPlan.Create;
import com.creditbridge.platform.topics.TopicPlan.TopicSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicPlanTest {

  static TopicSettings defaults() {
    return new TopicSettings(true, 12, 0, 0, Duration.ofDays(7));
  }

  @Test
  void threeBrokersGiveThreeCopiesAndTwoInSync() {
    List<TopicSpec> specs = TopicPlan.specs(TopicPlan.CONTRACT_TOPICS, defaults(), 3);

    assertThat(specs).hasSize(4);
    assertThat(specs)
        .allSatisfy(
            spec -> {
              assertThat(spec.partitions()).isEqualTo(12);
              assertThat(spec.replicationFactor()).isEqualTo((short) 3);
              assertThat(spec.configs()).containsEntry("min.insync.replicas", "2");
            });
  }

  @Test
  void oneBrokerGivesOneCopyAndOneInSync() {
    TopicSpec spec = TopicPlan.specs(List.of(Topics.HOLD_EVENTS), defaults(), 1).get(0);

    assertThat(spec.replicationFactor()).isEqualTo((short) 1);
    assertThat(spec.configs()).containsEntry("min.insync.replicas", "1");
  }

  @Test
  void moreBrokersStillKeepThreeCopies() {
    TopicSpec spec = TopicPlan.specs(List.of(Topics.HOLD_EVENTS), defaults(), 5).get(0);

    assertThat(spec.replicationFactor()).isEqualTo((short) 3);
  }

  @Test
  void configuredReplicationWins() {
    TopicSettings settings = new TopicSettings(true, 6, 2, 1, Duration.ofDays(7));

    TopicSpec spec = TopicPlan.specs(List.of(Topics.HOLD_EVENTS), settings, 3).get(0);

    assertThat(spec.partitions()).isEqualTo(6);
    assertThat(spec.replicationFactor()).isEqualTo((short) 2);
    assertThat(spec.configs()).containsEntry("min.insync.replicas", "1");
  }

  @Test
  void replicationAboveTheBrokerCountIsRefused() {
    TopicSettings settings = new TopicSettings(true, 12, 3, 0, Duration.ofDays(7));

    assertThatThrownBy(() -> TopicPlan.specs(TopicPlan.CONTRACT_TOPICS, settings, 1))
        .hasMessageContaining("replication factor 3");
  }

  @Test
  void paymentStatusIsCompactedAndKeptForEver() {
    TopicSpec spec = TopicPlan.specs(List.of(Topics.PAYMENT_STATUS), defaults(), 1).get(0);

    assertThat(spec.configs())
        .containsEntry("cleanup.policy", "compact")
        .containsEntry("retention.ms", "-1");
  }

  @Test
  void wordingIsCompactedSoItsLatestVersionIsAlwaysThere() {
    TopicSpec spec = TopicPlan.specs(List.of(Topics.WORDING), defaults(), 1).get(0);

    assertThat(spec.configs())
        .containsEntry("cleanup.policy", "compact")
        .containsEntry("retention.ms", "-1");
  }

  @Test
  void eventTopicsAreDeletedAfterTheRetention() {
    TopicSpec spec = TopicPlan.specs(List.of(Topics.ACCOUNT_ACTIVITY), defaults(), 1).get(0);

    assertThat(spec.configs())
        .containsEntry("cleanup.policy", "delete")
        .containsEntry("retention.ms", String.valueOf(Duration.ofDays(7).toMillis()));
  }

  @Test
  void missingTopicsAreCreatedAndExistingOnesConfiguredKeepingTheirPartitions() {
    List<TopicSpec> specs =
        TopicPlan.specs(List.of(Topics.PAYMENT_STATUS, Topics.HOLD_EVENTS), defaults(), 1);

    var steps = TopicPlan.steps(specs, Map.of(Topics.HOLD_EVENTS, 3));

    assertThat(steps.get(0)).isInstanceOf(Create.class);
    assertThat(steps.get(1))
        .isInstanceOfSatisfying(
            Configure.class,
            configure -> {
              assertThat(configure.existingPartitions()).isEqualTo(3);
              assertThat(configure.fewerPartitionsThanConfigured()).isTrue();
            });
  }
}
