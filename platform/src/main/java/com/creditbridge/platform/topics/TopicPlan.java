package com.creditbridge.platform.topics;

import com.creditbridge.contracts.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every CreditBridge topic looks like on a given cluster: pure, so the rules (replication
 * derived from the broker count, which topic is compacted, retention) are tested without Kafka.
 */
public final class TopicPlan {

  /** The most copies worth keeping: survives one broker down while writes still need two. */
  static final int FULL_REPLICATION = 3;

  /** The topics of the contract, which every service provisions. */
  public static final List<String> CONTRACT_TOPICS =
      List.of(Topics.PAYMENT_STATUS, Topics.HOLD_EVENTS, Topics.ACCOUNT_ACTIVITY, Topics.WORDING);

  private TopicPlan() {}

  /** A topic as it must exist. */
  public record TopicSpec(
      String name, int partitions, short replicationFactor, Map<String, String> configs) {}

  /** What to do about one topic, given what the cluster has. */
  public sealed interface Step {
    TopicSpec spec();
  }

  /** The topic is missing: create it. */
  public record Create(TopicSpec spec) implements Step {}

  /** The topic exists: set its configuration, keep its partitions. */
  public record Configure(TopicSpec spec, int existingPartitions) implements Step {
    /**
     * Fewer partitions than configured: kept as they are, because adding partitions moves an
     * account's new events to another partition than its old ones and breaks per-account order.
     */
    public boolean fewerPartitionsThanConfigured() {
      return existingPartitions < spec.partitions();
    }
  }

  /** How each of {@code names} must look on a cluster of {@code brokers} brokers. */
  public static List<TopicSpec> specs(List<String> names, TopicSettings settings, int brokers) {
    if (brokers < 1) {
      throw new IllegalArgumentException("a cluster has at least one broker: " + brokers);
    }
    if (settings.partitions() < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + settings.partitions());
    }
    int replication =
        settings.replicationFactor() > 0
            ? settings.replicationFactor()
            : Math.min(FULL_REPLICATION, brokers);
    if (replication > brokers) {
      throw new IllegalArgumentException(
          "replication factor "
              + replication
              + " needs as many brokers; the cluster has "
              + brokers);
    }
    int minInsync =
        settings.minInsyncReplicas() > 0
            ? settings.minInsyncReplicas()
            : Math.max(1, replication - 1);
    if (minInsync > replication) {
      throw new IllegalArgumentException(
          "min.insync.replicas " + minInsync + " is above the replication factor " + replication);
    }
    return names.stream()
        .map(
            name ->
                new TopicSpec(
                    name,
                    settings.partitions(),
                    (short) replication,
                    configs(name, minInsync, settings.retention())))
        .toList();
  }

  /** Create what is missing, configure what exists ({@code existing}: name to partition count). */
  public static List<Step> steps(List<TopicSpec> specs, Map<String, Integer> existing) {
    return specs.stream()
        .<Step>map(
            spec ->
                existing.containsKey(spec.name())
                    ? new Configure(spec, existing.get(spec.name()))
                    : new Create(spec))
        .toList();
  }

  private static Map<String, String> configs(String name, int minInsync, Duration retention) {
    Map<String, String> configs = new LinkedHashMap<>();
    configs.put("min.insync.replicas", String.valueOf(minInsync));
    if (name.equals(Topics.PAYMENT_STATUS) || name.equals(Topics.WORDING)) {
      // event-carried state: each account's latest snapshot is all a consumer needs, for ever
      // (a rebuilt hold-service or gateway replays it from the start); the wording likewise
      configs.put("cleanup.policy", "compact");
      configs.put("retention.ms", "-1");
    } else {
      // transitions and activity are acted on once; the retention covers a consumer's outage
      configs.put("cleanup.policy", "delete");
      configs.put("retention.ms", String.valueOf(retention.toMillis()));
    }
    return Map.copyOf(configs);
  }
}
