package com.creditbridge.account.ingest;

/** What became of one event. */
enum IngestStatus {
  /** Applied now. */
  ACCEPTED("accepted"),
  /** Seen before (same event id and content, or restating what the ledger holds): no effect. */
  DUPLICATE("duplicate"),
  /** Invalid, or cannot apply to the ledger: no effect, the event id stays unused. */
  REJECTED("rejected");

  private final String wireName;

  IngestStatus(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
