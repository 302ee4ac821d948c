package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One open invoice in an account snapshot. */
public record OpenItem(
    @JsonProperty("invoiceId") String invoiceId,
    @JsonProperty("openAmount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openAmount,
    @JsonProperty("dueOn") LocalDate dueOn,
    @JsonProperty("disputed") boolean disputed) {}
