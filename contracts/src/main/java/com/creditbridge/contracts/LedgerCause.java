package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The ledger event that produced a snapshot. */
public record LedgerCause(
    @JsonProperty("eventId") String eventId, @JsonProperty("type") String type) {}
