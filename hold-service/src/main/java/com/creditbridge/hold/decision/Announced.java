package com.creditbridge.hold.decision;

import com.creditbridge.contracts.HoldEventType;
import java.time.Instant;
import java.util.List;

/**
 * One evaluated account: the hold events it emitted and when its ledger event was accepted; the
 * metrics are recorded from these once the transaction commits.
 */
public record Announced(List<HoldEventType> holdEvents, Instant acceptedAt) {}
