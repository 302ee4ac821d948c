package com.creditbridge.account.ledger;

import java.math.BigDecimal;

/**
 * The credit group an {@code account.upserted} puts the account in, and the group's name and limit
 * as that upsert states them (the last upsert naming a group sets them for every member).
 *
 * @param creditLimit ≥ 0, in the account's currency
 */
public record CreditGroupTerms(String id, String name, BigDecimal creditLimit) {}
