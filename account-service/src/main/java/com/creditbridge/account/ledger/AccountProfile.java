package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What an {@code account.upserted} event says about an account; replaced as a whole by each upsert.
 *
 * @param creditLimit null when the account has no limit
 * @param creditAnalyst optional
 * @param salesManager optional
 * @param segment optional
 */
public record AccountProfile(
    String name,
    Currency currency,
    BigDecimal creditLimit,
    Person salesRep,
    Person creditAnalyst,
    Person salesManager,
    String segment) {}
