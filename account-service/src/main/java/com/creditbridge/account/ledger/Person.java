package com.creditbridge.account.ledger;

/**
 * Someone who owns part of the customer relationship: the sales rep, the credit analyst, or the
 * sales manager (who has no id in the contract, so {@code id} may be null).
 */
public record Person(String id, String name, String email) {}
