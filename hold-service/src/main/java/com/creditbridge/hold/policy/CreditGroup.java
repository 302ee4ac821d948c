package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The credit group an account belongs to, as the policy sees it from one member: the group's shared
 * limit and the ledgers of the other members, whose exposure adds to this one's. The other members'
 * ledgers rather than their exposures, because their orders age too: the group's exposure on a
 * later day is only known from them.
 *
 * @param creditLimit the limit the members share
 * @param otherMembers every member's ledger but the evaluated account's
 */
public record CreditGroup(
    String groupId, String name, BigDecimal creditLimit, List<AccountLedger> otherMembers) {

  public CreditGroup {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creditLimit, "creditLimit");
    otherMembers = otherMembers == null ? List.of() : List.copyOf(otherMembers);
  }

  /** The members' exposure on {@code day}, given the evaluated member's own. */
  public BigDecimal exposureOn(
      LocalDate day, int openOrderDays, BigDecimal evaluatedMemberExposure) {
    return otherMembers.stream()
        .map(member -> member.exposureOn(day, openOrderDays))
        .reduce(evaluatedMemberExposure, BigDecimal::add);
  }

  public int memberCount() {
    return otherMembers.size() + 1;
  }
}
