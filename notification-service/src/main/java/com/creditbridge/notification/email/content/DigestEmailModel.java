package com.creditbridge.notification.email.content;

import java.util.List;

/**
 * What the weekly digest for one sales rep can show: their accounts in order review and close to it
 * (each with everything a hold email shows), and the week's notes and status changes.
 *
 * @param weekOf the first day of the week the digest covers, formatted
 * @param workspaceUrl "My accounts" in the workspace
 */
public record DigestEmailModel(
    String salesRepName,
    String weekOf,
    String workspaceUrl,
    List<HoldEmailModel> onHold,
    boolean hasOnHold,
    List<HoldEmailModel> approaching,
    boolean hasApproaching,
    List<Note> notes,
    boolean hasNotes,
    List<Change> changes,
    boolean hasChanges,
    List<FeedbackLink> feedbackLinks,
    boolean hasFeedback) {

  /** One of the five answers to "How well did credit work with you this week?". */
  public record FeedbackLink(int score, String url) {}

  /** A note on one of the rep's accounts. */
  public record Note(String accountName, String author, String text, String date) {}

  /** A status change of one of the rep's accounts, in words ("order review started"). */
  public record Change(String accountName, String change, String date) {}

  public DigestEmailModel {
    onHold = List.copyOf(onHold);
    approaching = List.copyOf(approaching);
    notes = List.copyOf(notes);
    changes = List.copyOf(changes);
    feedbackLinks = List.copyOf(feedbackLinks);
  }

  public static DigestEmailModel of(
      String salesRepName,
      String weekOf,
      String workspaceUrl,
      List<HoldEmailModel> onHold,
      List<HoldEmailModel> approaching,
      List<Note> notes,
      List<Change> changes) {
    return new DigestEmailModel(
        salesRepName,
        weekOf,
        workspaceUrl,
        onHold,
        !onHold.isEmpty(),
        approaching,
        !approaching.isEmpty(),
        notes,
        !notes.isEmpty(),
        changes,
        !changes.isEmpty(),
        List.of(),
        false);
  }

  /** The same digest ending with the feedback question and its five signed links. */
  public DigestEmailModel withFeedback(List<FeedbackLink> links) {
    return new DigestEmailModel(
        salesRepName,
        weekOf,
        workspaceUrl,
        onHold,
        hasOnHold,
        approaching,
        hasApproaching,
        notes,
        hasNotes,
        changes,
        hasChanges,
        links,
        !links.isEmpty());
  }

  /** Nothing to report: no digest is sent. */
  public boolean isEmpty() {
    return !hasOnHold && !hasApproaching && !hasNotes && !hasChanges;
  }
}
