package com.creditbridge.notification.email.content;

import java.util.List;

/**
 * What the policy-change email can show: one sales rep's accounts that a new policy version moved,
 * each with its old and new status (the workspace's labels) and why.
 *
 * @param changedCount how many of the rep's accounts moved
 * @param changes the accounts in name order; {@code sentence} says all of it in one line
 */
public record PolicyChangeEmailModel(
    String personName,
    long policyVersion,
    int changedCount,
    List<Change> changes,
    String workspaceUrl) {

  /** One moved account. */
  public record Change(
      String accountName, String from, String to, String sentence, String accountUrl) {}

  public PolicyChangeEmailModel {
    changes = List.copyOf(changes);
  }

  public static PolicyChangeEmailModel of(
      String personName, long policyVersion, List<Change> changes, String workspaceUrl) {
    return new PolicyChangeEmailModel(
        personName == null || personName.isBlank() ? "there" : personName,
        policyVersion,
        changes.size(),
        changes,
        workspaceUrl);
  }
}
