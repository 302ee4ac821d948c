package com.creditbridge.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for new rows when idle; short, because it bounds
 *     the latency from a change to its event
 * @param batchSize rows published per transaction
 * @param sendTimeout how long the relay waits for the broker to acknowledge a batch
 * @param metricsRefresh how often the backlog gauges are read from the table
 */
@ConfigurationProperties("creditbridge.outbox")
public record OutboxProperties(
    @DefaultValue("50ms") Duration pollInterval,
    @DefaultValue("500") int batchSize,
    @DefaultValue("30s") Duration sendTimeout,
    @DefaultValue("5s") Duration metricsRefresh) {}
