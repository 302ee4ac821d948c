package com.creditbridge.hold.decision;

/**
 * Who the account is and who looks after it: shown with its status, named in its events and used to
 * decide who may see it, but never part of the credit decision.
 *
 * @param salesRep null when the account has none; likewise the others
 */
record AccountContacts(
    String accountName, Contact salesRep, Contact creditAnalyst, Contact salesManager) {

  /**
   * One person: the sales manager has no id.
   *
   * @param email as the ledger gave it (the visibility filters compare a lower-cased copy)
   */
  record Contact(String id, String name, String email) {}
}
