package com.creditbridge.notification.email.content;

import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.AccountStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Composes one sales rep's weekly digest from their accounts' latest status and the week's notes
 * and status changes. Accounts on hold come first, the biggest exposure first; accounts close to a
 * hold follow, the soonest projected date first. CLEAR accounts show only through the week's
 * changes.
 */
public final class WeeklyDigest {

  /** At most this many notes and changes are listed; the timeline has the rest. */
  public static final int MAX_ENTRIES = 100;

  /** A note added to one of the rep's accounts during the week. */
  public record NoteEntry(String accountName, String author, String text, Instant at) {}

  /** A hold event of one of the rep's accounts during the week. */
  public record ChangeEntry(String accountName, String eventType, Instant at) {}

  private static final Map<String, String> CHANGES =
      Map.of(
          HoldEventType.APPROACHING.wireName(), "may soon need an order review",
          HoldEventType.PLACED.wireName(), "order review started",
          HoldEventType.RELEASED.wireName(), "order review ended",
          HoldEventType.AVERTED.wireName(), "order review no longer expected",
          HoldEventType.PROMISE_BROKEN.wireName(), "a promised payment did not arrive");

  private WeeklyDigest() {}

  public static DigestEmailModel compose(
      String salesRepName,
      LocalDate weekOf,
      List<HoldChange> accounts,
      List<NoteEntry> notes,
      List<ChangeEntry> changes,
      String publicUrl,
      ZoneId zone) {
    List<HoldEmailModel> onHold =
        accounts.stream()
            .filter(a -> a.status() == AccountStatus.ON_HOLD)
            .sorted(
                Comparator.comparing(
                        (HoldChange a) -> a.exposure() == null ? BigDecimal.ZERO : a.exposure())
                    .reversed()
                    .thenComparing(HoldChange::displayName))
            .map(a -> HoldEmailModel.of(a, publicUrl))
            .toList();
    List<HoldEmailModel> approaching =
        accounts.stream()
            .filter(a -> a.status() == AccountStatus.APPROACHING)
            .sorted(
                Comparator.comparing(
                        HoldChange::projectedHoldOn,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(HoldChange::displayName))
            .map(a -> HoldEmailModel.of(a, publicUrl))
            .toList();
    List<DigestEmailModel.Note> noteLines =
        notes.stream()
            .sorted(Comparator.comparing(NoteEntry::at))
            .limit(MAX_ENTRIES)
            .map(
                n ->
                    new DigestEmailModel.Note(
                        n.accountName(),
                        n.author() == null ? "someone" : n.author(),
                        n.text(),
                        HoldEmailModel.date(LocalDate.ofInstant(n.at(), zone))))
            .toList();
    List<DigestEmailModel.Change> changeLines =
        changes.stream()
            .filter(c -> CHANGES.containsKey(c.eventType()))
            .sorted(Comparator.comparing(ChangeEntry::at))
            .limit(MAX_ENTRIES)
            .map(
                c ->
                    new DigestEmailModel.Change(
                        c.accountName(),
                        CHANGES.get(c.eventType()),
                        HoldEmailModel.date(LocalDate.ofInstant(c.at(), zone))))
            .toList();
    return DigestEmailModel.of(
        salesRepName == null || salesRepName.isBlank() ? "there" : salesRepName,
        HoldEmailModel.date(weekOf),
        WorkspaceLinks.home(publicUrl),
        onHold,
        approaching,
        noteLines,
        changeLines);
  }
}
