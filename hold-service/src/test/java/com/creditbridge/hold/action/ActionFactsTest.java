package com.creditbridge.hold.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.hold.action.ActionFacts.GrantedOverride;
import com.creditbridge.hold.action.ActionFacts.PlacedHold;
import com.creditbridge.hold.action.ActionFacts.RecordedPromise;
import com.creditbridge.hold.action.ActionFacts.WrittenNote;
import com.creditbridge.hold.store.StoredJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The timeline detail the actions store now is the JSON they stored before, when the HTTP answer
 * itself was the detail: history written then reads the same.
 */
class ActionFactsTest {

  private static final Instant AT = Instant.parse("2026-05-05T09:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-06-01");

  @Test
  void storesEachActionInTheShapeItsAnswerHadBefore() {
    assertSameJson(
        new PlacedHold("h-1", "acct-1", "why", "Carla", AT),
        new ActionViews.HoldView("h-1", "acct-1", "why", "Carla", AT));
    assertSameJson(
        new GrantedOverride("o-1", "acct-1", "why", "Carla", DAY, AT),
        new ActionViews.OverrideView("o-1", "acct-1", "why", "Carla", DAY, AT));
    assertSameJson(
        new RecordedPromise(
            "p-1", "acct-1", "10.00", "EUR", DAY, DAY.plusDays(3), "Sam", null, AT, "OPEN"),
        new ActionViews.PromiseView(
            "p-1", "acct-1", "10.00", "EUR", DAY, DAY.plusDays(3), "Sam", null, AT, "OPEN"));
    assertSameJson(
        new WrittenNote("n-1", "acct-1", "Sam", "called", AT),
        new ActionViews.NoteView("n-1", "acct-1", "Sam", "called", AT));
    assertSameJson(ActionFacts.Ending.of("Carla", null), Map.of("endedBy", "Carla", "reason", ""));
    assertSameJson(new ActionFacts.Replacement("p-2"), Map.of("replacedBy", "p-2"));
  }

  private static void assertSameJson(Object stored, Object before) {
    // as jsonb keeps it: the order of an object's keys does not count
    assertThat(StoredJson.mapper().<JsonNode>valueToTree(stored))
        .isEqualTo(EventJson.mapper().<JsonNode>valueToTree(before));
  }
}
