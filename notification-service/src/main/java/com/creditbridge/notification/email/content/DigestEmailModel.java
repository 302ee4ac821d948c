package com.creditbridge.notification.email.content;

import java.util.List;

/**
 * What the weekly digest for one sales rep can show: their accounts in order review and close to it
 * (each with everything a hold email shows), and the week's notes and status changes.
 *
 * @param weekOf the first day of the week the digest covers, formatted
 * @param workspaceUrl "My accounts" in the workspace
 * @param missingInformation a credit analyst's accounts with data gaps, one sentence each ("Acme
 *     Ltd: no sales manager, no credit limit"); empty in a sales rep's digest
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
    List<String> missingInformation,
    boolean hasMissingInformation,
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
    missingInformation = List.copyOf(missingInformation);
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
        false,
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
        missingInformation,
        hasMissingInformation,
        links,
        !links.isEmpty());
  }

  /** The same digest with the "Missing information" section (none when the list is empty). */
  public DigestEmailModel withMissingInformation(List<String> sentences) {
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
        sentences,
        !sentences.isEmpty(),
        feedbackLinks,
        hasFeedback);
  }

  /** Nothing to report: no digest is sent. */
  public boolean isEmpty() {
    return !hasOnHold && !hasApproaching && !hasNotes && !hasChanges && !hasMissingInformation;
  }
}
