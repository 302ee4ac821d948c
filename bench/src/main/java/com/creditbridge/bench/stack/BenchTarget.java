package com.creditbridge.bench.stack;

import com.creditbridge.bench.usage.WatchedProcess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The CreditBridge the benchmark drives, and what it may measure beside it.
 *
 * @param kafkaBootstrapServers for the raw Kafka baseline; empty when not known
 * @param postgresJdbcUrl the server's {@code postgres} database, for the raw insert baseline
 * @param gatewayInFrontOf starts a gateway that forwards to a given backend URL and returns its URL
 *     (the trivial-endpoint baseline); empty when the benchmark cannot start one
 * @param processes what to account CPU and memory to, once every process has started
 * @param metricsUrls each service's Prometheus endpoint by service name; empty when unreachable
 * @param description how the stack runs, for the report
 */
public record BenchTarget(
    String gatewayUrl,
    String adminKey,
    Optional<String> kafkaBootstrapServers,
    Optional<String> postgresJdbcUrl,
    String databaseUser,
    String databasePassword,
    Optional<UnaryOperator<String>> gatewayInFrontOf,
    java.util.function.Supplier<List<WatchedProcess>> processes,
    Map<String, String> metricsUrls,
    Map<String, String> description) {}
