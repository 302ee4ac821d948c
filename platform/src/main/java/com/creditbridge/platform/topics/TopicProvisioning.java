package com.creditbridge.platform.topics;

import com.creditbridge.platform.topics.TopicPlan.Configure;
import com.creditbridge.platform.topics.TopicPlan.Create;
import com.creditbridge.platform.topics.TopicPlan.Step;
import com.creditbridge.platform.topics.TopicPlan.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Creates CreditBridge's topics before any listener subscribes, so they never come from broker
 * defaults: missing ones with the configured partitions and replication, existing ones get their
 * configuration (min ISR, compaction, retention) set and keep their partitions. Every replica of
 * every service does this at start; doing it twice, or at the same moment, changes nothing.
 */
public final class TopicProvisioning implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Map<String, Object> adminConfig;
  private final TopicSettings settings;
  private final List<String> names;

  public TopicProvisioning(
      Map<String, Object> adminConfig, TopicSettings settings, List<String> names) {
    this.adminConfig = Map.copyOf(adminConfig);
    this.settings = settings;
    this.names = List.copyOf(names);
  }

  @Override
  public void afterSingletonsInstantiated() {
    provision();
  }

  /** Provisions the topics; fails (and so stops the service's start) when Kafka does not answer. */
  public List<Step> provision() {
    try (Admin admin = Admin.create(adminConfig)) {
      int brokers = wait(admin.describeCluster().nodes()).size();
      List<TopicSpec> specs = TopicPlan.specs(names, settings, brokers);
      List<Step> steps = TopicPlan.steps(specs, existingPartitions(admin));
      create(admin, steps);
      configure(admin, steps);
      return steps;
    }
  }

  private Map<String, Integer> existingPartitions(Admin admin) {
    Collection<String> present = wait(admin.listTopics().names());
    List<String> ours = names.stream().filter(present::contains).toList();
    Map<String, Integer> partitions = new HashMap<>();
    if (!ours.isEmpty()) {
      Map<String, TopicDescription> descriptions = wait(admin.describeTopics(ours).allTopicNames());
      descriptions.forEach((name, d) -> partitions.put(name, d.partitions().size()));
    }
    return partitions;
  }

  private void create(Admin admin, List<Step> steps) {
    List<NewTopic> missing = new ArrayList<>();
    for (Step step : steps) {
      if (step instanceof Create create) {
        TopicSpec spec = create.spec();
        missing.add(
            new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor())
                .configs(spec.configs()));
      }
    }
    admin
        .createTopics(missing)
        .values()
        .forEach(
            (name, result) -> {
              try {
                wait(result);
                log.info("Created topic {}", name);
              } catch (IllegalStateException e) {
                // another replica created it a moment ago: the configuration step still applies
                if (!(e.getCause() instanceof TopicExistsException)) {
                  throw e;
                }
              }
            });
  }

  private void configure(Admin admin, List<Step> steps) {
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
    for (Step step : steps) {
      if (step instanceof Configure configure && configure.fewerPartitionsThanConfigured()) {
        log.warn(
            "Topic {} has {} partitions, fewer than the configured {}: kept, because adding"
                + " partitions would reorder each account's events (docs/adr/0013)",
            step.spec().name(),
            configure.existingPartitions(),
            step.spec().partitions());
      }
      List<AlterConfigOp> ops =
          step.spec().configs().entrySet().stream()
              .map(
                  e ->
                      new AlterConfigOp(
                          new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
              .toList();
      changes.put(new ConfigResource(ConfigResource.Type.TOPIC, step.spec().name()), ops);
    }
    wait(admin.incrementalAlterConfigs(changes).all());
  }

  private static <T> T wait(org.apache.kafka.common.KafkaFuture<T> future) {
    try {
      return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while provisioning Kafka topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "could not provision Kafka topics: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Kafka did not answer within " + TIMEOUT.toSeconds() + " s while provisioning topics", e);
    }
  }
}
