package com.creditbridge.hold.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundsTest {

  @Test
  void putsEveryAccountsKthSnapshotInTheKthRoundInArrivalOrder() {
    List<String> poll = List.of("a1", "b1", "a2", "c1", "a3", "b2");

    assertThat(Rounds.of(poll, item -> item.substring(0, 1)))
        .containsExactly(List.of("a1", "b1", "c1"), List.of("a2", "b2"), List.of("a3"));
  }

  @Test
  void keepsAPollOfDistinctAccountsInOneRound() {
    assertThat(Rounds.of(List.of("a1", "b1", "c1"), item -> item.substring(0, 1)))
        .containsExactly(List.of("a1", "b1", "c1"));
  }

  @Test
  void hasNoRoundForAnEmptyPoll() {
    assertThat(Rounds.of(List.<String>of(), item -> item)).isEmpty();
  }
}
