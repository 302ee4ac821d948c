package com.creditbridge.account.ledger;

import java.util.List;

/** The ledger after an event, and the allocations the event made. */
public record Posting(Ledger ledger, List<Allocation> allocations) {

  public Posting {
    allocations = List.copyOf(allocations);
  }
}
