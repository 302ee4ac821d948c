package com.creditbridge.account.ledger;

/**
 * An account as stored: its profile and how many ledger events it has accepted.
 *
 * @param ledgerVersion +1 for every accepted event; orders the account's snapshots
 */
public record Account(String accountId, AccountProfile profile, long ledgerVersion) {

  public Account withProfile(AccountProfile newProfile) {
    return new Account(accountId, newProfile, ledgerVersion);
  }

  public Account nextVersion() {
    return new Account(accountId, profile, ledgerVersion + 1);
  }
}
