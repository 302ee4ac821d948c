package com.creditbridge.hold;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hold-service's settings ({@code creditbridge.hold.*}); defaults in application.yml.
 *
 * @param reevaluationPollInterval how often due and outdated accounts are looked for
 * @param reevaluationBatchSize accounts per transaction when re-evaluating
 * @param simulationChangesLimit at most this many changed accounts are listed by a simulation (the
 *     counts cover all of them)
 * @param gaugeRefreshInterval how often the status gauges are read from the database
 * @param creditCheckRetention how long an order credit check is kept (90 days)
 * @param creditCheckSweepInterval how often checks past retention are deleted
 * @param creditCheckBatchSize at most this many checks are recorded in one statement
 */
@ConfigurationProperties("creditbridge.hold")
public record HoldProperties(
    Duration reevaluationPollInterval,
    int reevaluationBatchSize,
    int simulationChangesLimit,
    Duration gaugeRefreshInterval,
    Duration creditCheckRetention,
    Duration creditCheckSweepInterval,
    int creditCheckBatchSize) {}
