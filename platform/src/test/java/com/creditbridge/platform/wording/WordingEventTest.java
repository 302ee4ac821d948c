package com.creditbridge.platform.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.WordingChanged;
import com.creditbridge.contracts.WordingChanged.Phrase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingEventTest {

  private static final WordingChanged CHANGED =
      new WordingChanged(
          7,
          Map.of("ON_HOLD", "Paused orders"),
          List.of(new Phrase("on hold", "paused")),
          new Party(null, "Carla", "carla@example.com"),
          Instant.parse("2026-05-05T08:00:00Z"));

  @Test
  void readsABareWordingRecord() {
    Wording wording = WordingEvent.read(EventJson.mapper().writeValueAsBytes(CHANGED));

    assertThat(wording.version()).isEqualTo(7);
    assertThat(wording.label("ON_HOLD")).isEqualTo("Paused orders");
    assertThat(wording.apply("The account is on hold")).isEqualTo("The account is paused");
  }

  @Test
  void readsAWordingCarriedAsTheDataOfACloudEvent() {
    CloudEvent<WordingChanged> event =
        CloudEvent.of(
            "w-7",
            "/creditbridge/notification-service",
            "notification.wording.changed",
            WordingChanged.KEY,
            Instant.parse("2026-05-05T08:00:00Z"),
            CHANGED);

    Wording wording = WordingEvent.read(EventJson.encode(event));

    assertThat(wording.version()).isEqualTo(7);
    assertThat(wording.apply("Blocked on hold")).isEqualTo("Blocked paused");
  }

  @Test
  void refusesARecordWithoutVersionOrWithABlankPhraseToAvoid() {
    assertThatThrownBy(() -> WordingEvent.read("{\"phrases\":[]}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
    WordingChanged blank =
        new WordingChanged(8, Map.of(), List.of(new Phrase(" ", "x")), null, null);
    assertThatThrownBy(() -> WordingEvent.read(EventJson.mapper().writeValueAsBytes(blank)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
