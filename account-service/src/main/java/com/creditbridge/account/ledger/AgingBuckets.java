package com.creditbridge.account.ledger;

import java.math.BigDecimal;

/** Open amounts by days past due: not yet due (or due today), 1–30, 31–60, 61–90, 91 and more. */
public record AgingBuckets(
    BigDecimal current,
    BigDecimal days1to30,
    BigDecimal days31to60,
    BigDecimal days61to90,
    BigDecimal days91plus) {}
