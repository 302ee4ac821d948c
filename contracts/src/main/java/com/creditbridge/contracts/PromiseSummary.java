package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An open promise to pay, as hold events carry it so that emails and digests can show it.
 *
 * @param graceEndsOn the last day on which the promise still defers a hold
 * @param paidSoFar payments received since the promise was recorded
 */
public record PromiseSummary(
    @JsonProperty("promiseId") String promiseId,
    @JsonProperty("amount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    @JsonProperty("promisedOn") LocalDate promisedOn,
    @JsonProperty("graceEndsOn") LocalDate graceEndsOn,
    @JsonProperty("paidSoFar") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidSoFar,
    @JsonProperty("recordedBy") String recordedBy) {}
