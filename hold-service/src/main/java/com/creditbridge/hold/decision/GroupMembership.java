package com.creditbridge.hold.decision;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The credit group an account's snapshot names. Members' snapshots come from different partitions
 * in any order, so the name and limit the service decides with are those of the highest {@code
 * version} seen ({@link CreditGroupStore}), not necessarily this snapshot's.
 *
 * @param version grows with every change of the group's name or limit
 */
record GroupMembership(String groupId, String name, BigDecimal creditLimit, long version) {

  GroupMembership {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creditLimit, "creditLimit");
  }
}
