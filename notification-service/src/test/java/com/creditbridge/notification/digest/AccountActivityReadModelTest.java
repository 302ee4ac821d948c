package com.creditbridge.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.AccountActivityEvents.Keyed;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountActivityReadModelTest extends NotificationIntegrationTest {

  private static final Instant MONDAY = Instant.parse("2026-05-11T08:00:00Z");

  private static HoldEventData anAccount() {
    return HoldEvents.placed(new Party("rep-7", "Rita Rep", "rita@example.com"), null).data();
  }

  private long notesOf(String accountId) {
    return count("select count(*) from account_note where account_id = :a", Map.of("a", accountId));
  }

  private String storedEventOf(String accountId) {
    return db.sql("select data from account_status where account_id = :a")
        .bind("a", accountId)
        .map(row -> row.get(0, String.class))
        .one()
        .block();
  }

  private Instant storedTimeOf(String accountId) {
    return db.sql("select occurred_at from account_status where account_id = :a")
        .bind("a", accountId)
        .map(row -> row.get(0, OffsetDateTime.class).toInstant())
        .one()
        .block();
  }

  @Test
  void aPollOfUpdatesDuplicatesNotesAndAnUnreadableRecordEndsInTheNewestStatusAndEachNoteOnce() {
    HoldEventData busy = anAccount();
    HoldEventData other = anAccount();
    CloudEvent<HoldEventData> middle =
        AccountActivityEvents.statusEvent(busy, MONDAY.plus(Duration.ofHours(1)));
    CloudEvent<HoldEventData> newest =
        AccountActivityEvents.statusEvent(busy, MONDAY.plus(Duration.ofHours(2)));
    CloudEvent<HoldEventData> oldest = AccountActivityEvents.statusEvent(busy, MONDAY);
    CloudEvent<HoldEventData> otherUpdate = AccountActivityEvents.statusEvent(other, MONDAY);
    CloudEvent<NoteAdded> note =
        AccountActivityEvents.noteEvent(busy.accountId(), "Carl Credit", "Pays Friday.", MONDAY);

    // the busy account's records share a partition: once its note is in, all before it are too
    AccountActivityEvents.publishTogether(
        List.of(
            Keyed.of(middle),
            Keyed.of(newest),
            new Keyed(busy.accountId(), "{not json".getBytes(StandardCharsets.UTF_8)),
            Keyed.of(otherUpdate),
            Keyed.of(oldest),
            Keyed.of(newest), // redelivered
            Keyed.of(note),
            Keyed.of(note)));

    await().atMost(Duration.ofSeconds(20)).until(() -> notesOf(busy.accountId()) > 0);
    await().atMost(Duration.ofSeconds(20)).until(() -> storedEventOf(other.accountId()) != null);
    assertThat(notesOf(busy.accountId())).isEqualTo(1);
    assertThat(storedTimeOf(busy.accountId())).isEqualTo(newest.time());
    assertThat(storedEventOf(busy.accountId())).contains(newest.id());
    assertThat(storedTimeOf(other.accountId())).isEqualTo(MONDAY);
    assertThat(
            count(
                "select count(*) from consumed_event where topic = 'credit.account-activity.v1'"
                    + " and event_id = any(:ids)",
                Map.of(
                    "ids",
                    new String[] {
                      middle.id(), newest.id(), oldest.id(), otherUpdate.id(), note.id()
                    })))
        .isEqualTo(5);
  }
}
