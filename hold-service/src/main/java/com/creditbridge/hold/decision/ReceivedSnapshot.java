package com.creditbridge.hold.decision;

/** A snapshot as it arrived: the id of its event (for redelivery) and what it says. */
record ReceivedSnapshot(String eventId, AccountSnapshot snapshot) {

  String accountId() {
    return snapshot.accountId();
  }
}
