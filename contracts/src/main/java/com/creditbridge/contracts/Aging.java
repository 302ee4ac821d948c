package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** Open amounts by days past due, as of the snapshot's date. */
public record Aging(
    @JsonProperty("current") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal current,
    @JsonProperty("days1to30") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days1to30,
    @JsonProperty("days31to60") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days31to60,
    @JsonProperty("days61to90") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days61to90,
    @JsonProperty("days91plus") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal days91plus) {}
