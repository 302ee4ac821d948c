package com.creditbridge.platform;

import com.creditbridge.platform.inbox.ConsumedEvents;
import com.creditbridge.platform.inbox.ListenerErrorPolicy;
import com.creditbridge.platform.observability.OutboxTracingConfiguration;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMetrics;
import com.creditbridge.platform.outbox.OutboxProperties;
import com.creditbridge.platform.outbox.OutboxRelay;
import com.creditbridge.platform.outbox.OutboxTracing;
import com.creditbridge.platform.outbox.OutboxWakeUp;
import com.creditbridge.platform.problem.ProblemResponses;
import com.creditbridge.platform.runtime.ParentProcessWatch;
import com.creditbridge.platform.topics.TopicPlan;
import com.creditbridge.platform.topics.TopicProvisioning;
import com.creditbridge.platform.topics.TopicSettings;
import com.creditbridge.platform.wakeup.CommitNotifications;
import com.creditbridge.platform.wakeup.WakeUp;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/** What every CreditBridge service gets by depending on the platform module. */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
      "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
      "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
      "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
    })
@EnableConfigurationProperties({OutboxProperties.class, TopicSettings.class})
@Import(OutboxTracingConfiguration.class)
public class PlatformAutoConfiguration {

  /** Time is an input: every decision takes it from this clock, so tests can move it. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  @Order(-2) // before Spring Boot's own error handler
  ProblemResponses problemResponses(JsonMapper json) {
    return new ProblemResponses(json);
  }

  /** Wakes the relay when outbox rows are committed, here or (by NOTIFY) on another replica. */
  @Bean
  @ConditionalOnBean(DatabaseClient.class)
  OutboxWakeUp outboxWakeUp() {
    return new OutboxWakeUp();
  }

  @Bean
  @ConditionalOnBean(DatabaseClient.class)
  Outbox outbox(DatabaseClient db, ObjectProvider<OutboxTracing> tracing, OutboxWakeUp wakeUp) {
    return new Outbox(db, tracing.getIfAvailable(() -> OutboxTracing.NONE), wakeUp);
  }

  /** Every service's wake-ups (the outbox's, its workers'), woken by other replicas' commits. */
  @Bean
  @ConditionalOnBean(ConnectionFactory.class)
  @ConditionalOnClass(name = "io.r2dbc.postgresql.api.PostgresqlConnection")
  CommitNotifications commitNotifications(
      ConnectionFactory connections, ObjectProvider<WakeUp> wakeUps) {
    return new CommitNotifications(
        connections, wakeUps.orderedStream().toList(), Duration.ofSeconds(5));
  }

  @Bean
  @ConditionalOnBean(DatabaseClient.class)
  OutboxMetrics outboxMetrics(
      DatabaseClient db, MeterRegistry registry, Clock clock, OutboxProperties properties) {
    return new OutboxMetrics(db, registry, clock, properties.metricsRefresh());
  }

  @Bean
  @ConditionalOnBean(DatabaseClient.class)
  ConsumedEvents consumedEvents(DatabaseClient db) {
    return new ConsumedEvents(db);
  }

  @Bean
  @ConditionalOnBean({DatabaseClient.class, KafkaTemplate.class})
  @ConditionalOnProperty(
      name = "creditbridge.outbox.enabled",
      havingValue = "true",
      matchIfMissing = true)
  OutboxRelay outboxRelay(
      DatabaseClient db,
      TransactionalOperator transactions,
      KafkaTemplate<String, byte[]> kafka,
      OutboxProperties properties,
      ObjectProvider<OutboxTracing> tracing,
      OutboxWakeUp wakeUp) {
    return new OutboxRelay(
        db,
        transactions,
        kafka,
        properties,
        tracing.getIfAvailable(() -> OutboxTracing.NONE),
        wakeUp);
  }

  /** The contract's topics, created at start with the configured partitions and replication. */
  @Bean
  @ConditionalOnBean(KafkaAdmin.class)
  @ConditionalOnProperty(
      name = "creditbridge.kafka.topics.provision",
      havingValue = "true",
      matchIfMissing = true)
  TopicProvisioning topicProvisioning(KafkaAdmin admin, TopicSettings settings) {
    return new TopicProvisioning(
        admin.getConfigurationProperties(), settings, TopicPlan.CONTRACT_TOPICS);
  }

  /** Picked up by Spring Boot's listener container factory. */
  @Bean
  @ConditionalOnClass(DefaultErrorHandler.class)
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  DefaultErrorHandler kafkaErrorHandler() {
    return ListenerErrorPolicy.errorHandler(Duration.ofMillis(200), Duration.ofSeconds(30));
  }

  @Bean
  @ConditionalOnProperty("creditbridge.parent-pid")
  ParentProcessWatch parentProcessWatch(
      Environment environment, ConfigurableApplicationContext context) {
    return new ParentProcessWatch(
        environment.getRequiredProperty("creditbridge.parent-pid", Long.class), context);
  }
}
