package com.creditbridge.platform.topics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the system provisions its Kafka topics at start (see docs/adr/0013).
 *
 * @param provision whether a service creates missing topics and sets their configuration at start
 * @param partitions partitions of a topic this service creates; the most replicas of one service
 *     that share the work
 * @param replicationFactor copies of each partition; 0 derives it from the cluster: 3 with three
 *     brokers or more, otherwise one per broker
 * @param minInsyncReplicas copies that must have a record before {@code acks=all} succeeds; 0
 *     derives it: one less than the replication factor, at least 1
 * @param retention how long the event topics keep records (the state topic is compacted and keeps
 *     every account's latest snapshot for ever)
 */
@ConfigurationProperties("creditbridge.kafka.topics")
public record TopicSettings(
    @DefaultValue("true") boolean provision,
    @DefaultValue("12") int partitions,
    @DefaultValue("0") int replicationFactor,
    @DefaultValue("0") int minInsyncReplicas,
    @DefaultValue("7d") Duration retention) {}
