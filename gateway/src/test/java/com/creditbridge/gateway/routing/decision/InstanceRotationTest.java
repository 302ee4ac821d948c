package com.creditbridge.gateway.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceRotationTest {

  private final Instant now = Instant.parse("2026-12-02T08:00:00Z");
  private final InstanceRotation<String> rotation =
      new InstanceRotation<>(List.of("a", "b", "c"), Duration.ofSeconds(3));

  @Test
  void instancesAreTakenInTurn() {
    assertThat(
            List.of(rotation.next(now), rotation.next(now), rotation.next(now), rotation.next(now)))
        .containsExactly("a", "b", "c", "a");
  }

  @Test
  void anInstanceThatRefusedIsSkippedUntilItsRestIsOver() {
    rotation.refused("b", now);

    assertThat(List.of(rotation.next(now), rotation.next(now), rotation.next(now)))
        .containsExactly("a", "c", "a");
    Instant later = now.plusSeconds(3);
    assertThat(List.of(rotation.next(later), rotation.next(later))).containsExactly("b", "c");
  }

  @Test
  void whenEveryInstanceRestsTheNextInTurnIsTriedAnyway() {
    List.of("a", "b", "c").forEach(instance -> rotation.refused(instance, now));

    assertThat(rotation.next(now)).isEqualTo("a");
  }

  @Test
  void anUnknownInstanceIsIgnored() {
    rotation.refused("z", now);

    assertThat(List.of(rotation.next(now), rotation.next(now))).containsExactly("a", "b");
  }
}
