package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The ledger event that produced a snapshot.
 *
 * @param acceptedAt when the account-service accepted that event; consumers measure the pipeline
 *     latency from it. Null in snapshots from before it was added.
 */
public record LedgerCause(
    @JsonProperty("eventId") String eventId,
    @JsonProperty("type") String type,
    @JsonProperty("acceptedAt") Instant acceptedAt) {}
