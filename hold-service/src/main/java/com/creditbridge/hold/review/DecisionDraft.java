package com.creditbridge.hold.review;

import java.time.LocalDate;

/**
 * A decision as the client sends it, before {@link JointApproval} checks it.
 *
 * @param decision {@code approve} or {@code decline}
 * @param until the override end; optional (the proposed or an earlier approver's date is used)
 */
public record DecisionDraft(String decision, String comment, LocalDate until) {

  public static final String APPROVE = "approve";
  public static final String DECLINE = "decline";
}
