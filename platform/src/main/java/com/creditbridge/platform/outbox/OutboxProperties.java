package com.creditbridge.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for rows no wake-up announced: the safety net, as
 *     committed rows wake it (in this process, and by NOTIFY from other replicas)
 * @param batchSize rows published per transaction
 * @param sendTimeout how long the relay waits for the broker to acknowledge a batch
 * @param metricsRefresh how often the backlog gauges are read from the table
 */
@ConfigurationProperties("creditbridge.outbox")
public record OutboxProperties(
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("500") int batchSize,
    @DefaultValue("30s") Duration sendTimeout,
    @DefaultValue("5s") Duration metricsRefresh) {}
