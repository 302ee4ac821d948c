package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person who owns part of the customer relationship: the sales rep, the credit analyst or the
 * sales manager (who has no id in the contract).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("email") String email) {}
