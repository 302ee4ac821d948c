package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.AccountStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyDigestTest {

  private static final LocalDate WEEK_OF = LocalDate.of(2026, 6, 1);
  private static final Instant TUESDAY = Instant.parse("2026-06-02T10:00:00Z");

  private static HoldChange account(
      String name, AccountStatus status, String exposure, LocalDate projected) {
    return HoldEmails.named(name, status, new BigDecimal(exposure), projected);
  }

  private static DigestEmailModel compose(
      List<HoldChange> accounts,
      List<WeeklyDigest.NoteEntry> notes,
      List<WeeklyDigest.ChangeEntry> changes) {
    return WeeklyDigest.compose(
        "Rita Rep", WEEK_OF, accounts, notes, changes, "https://cb.test", ZoneOffset.UTC);
  }

  @Test
  void listsHoldsBiggestFirstThenApproachingSoonestFirstAndLeavesClearAccountsOut() {
    DigestEmailModel digest =
        compose(
            List.of(
                account("small", AccountStatus.ON_HOLD, "100.00", null),
                account("later", AccountStatus.APPROACHING, "1.00", WEEK_OF.plusDays(20)),
                account("clear", AccountStatus.CLEAR, "1.00", null),
                account("big", AccountStatus.ON_HOLD, "9000.00", null),
                account("sooner", AccountStatus.APPROACHING, "1.00", WEEK_OF.plusDays(3))),
            List.of(),
            List.of());

    assertThat(digest.onHold())
        .extracting(HoldEmailModel::accountName)
        .containsExactly("big", "small");
    assertThat(digest.approaching())
        .extracting(HoldEmailModel::accountName)
        .containsExactly("sooner", "later");
    assertThat(digest.weekOf()).isEqualTo("Monday 1 June 2026");
    assertThat(digest.isEmpty()).isFalse();
  }

  @Test
  void wordsTheWeeksChangesAndNotes() {
    DigestEmailModel digest =
        compose(
            List.of(account("clear", AccountStatus.CLEAR, "1.00", null)),
            List.of(new WeeklyDigest.NoteEntry("clear", "Carl", "Paid today.", TUESDAY)),
            List.of(new WeeklyDigest.ChangeEntry("clear", "credit.hold.released", TUESDAY)));

    assertThat(digest.hasOnHold()).isFalse();
    assertThat(digest.notes())
        .containsExactly(
            new DigestEmailModel.Note("clear", "Carl", "Paid today.", "Tuesday 2 June 2026"));
    assertThat(digest.changes())
        .containsExactly(
            new DigestEmailModel.Change("clear", "order review ended", "Tuesday 2 June 2026"));
  }

  @Test
  void aRepWithOnlyClearAccountsAndAQuietWeekHasNothingToReport() {
    assertThat(
            compose(
                    List.of(account("clear", AccountStatus.CLEAR, "1.00", null)),
                    List.of(),
                    List.of())
                .isEmpty())
        .isTrue();
  }
}
