package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.webhook.rules.InFlightLimits.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightLimitsTest {

  @Test
  void claimsUpToThePerEndpointLimit() {
    var limits = new InFlightLimits(4, 64);

    assertThat(limits.allot(List.of(new Load<>("a", 0)), 0)).containsExactly(entry("a", 4));
  }

  @Test
  void countsWhatIsAlreadyInFlightToTheEndpoint() {
    var limits = new InFlightLimits(4, 64);

    assertThat(limits.allot(List.of(new Load<>("a", 3), new Load<>("b", 4)), 0))
        .containsExactly(entry("a", 1));
  }

  @Test
  void aBusyEndpointLeavesTheFreeSlotsToTheOthers() {
    var limits = new InFlightLimits(2, 3);

    assertThat(limits.allot(List.of(new Load<>("slow", 2), new Load<>("fast", 0)), 2))
        .containsExactly(entry("fast", 1));
  }

  @Test
  void sharesScarceSlotsRoundRobinInTheGivenOrder() {
    var limits = new InFlightLimits(4, 5);

    assertThat(limits.allot(List.of(new Load<>("a", 0), new Load<>("b", 0), new Load<>("c", 0)), 0))
        .containsExactly(entry("a", 2), entry("b", 2), entry("c", 1));
  }

  @Test
  void claimsNothingWhenThisReplicaIsFull() {
    var limits = new InFlightLimits(4, 8);

    assertThat(limits.allot(List.of(new Load<>("a", 0)), 8)).isEmpty();
  }

  private static java.util.Map.Entry<String, Integer> entry(String key, int value) {
    return java.util.Map.entry(key, value);
  }
}
