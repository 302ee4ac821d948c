package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The credit group an account belongs to, as the account-service last heard of it: the last {@code
 * account.upserted} naming a group sets its name and limit for every member.
 *
 * @param version grows with every change of the group's name or limit, so that a consumer reading
 *     members' snapshots from different partitions keeps the newest (an extension of contract.md)
 */
public record CreditGroupRef(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("creditLimit") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal creditLimit,
    @JsonProperty("version") long version) {}
