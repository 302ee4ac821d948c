package com.creditbridge.account.ledger;

/**
 * Why a well-formed event cannot apply to the account as it stands; the account is unchanged.
 *
 * @param field the JSON field at fault
 */
public record Refusal(Cause cause, String detail, String field, String message) {

  /** Each cause is one HTTP status and one {@code reason} of the rejection metric. */
  public enum Cause {
    /** 422: names an account, invoice or payment the ledger does not have. */
    UNKNOWN_REFERENCE,
    /** 422: an amount in another currency than the account's. */
    CURRENCY_MISMATCH,
    /**
     * 422: the event cannot apply in the account's current state (e.g. disputing a voided invoice).
     */
    INVALID_STATE,
    /** 409: an id the ledger knows, with other content. */
    CONFLICT
  }
}
