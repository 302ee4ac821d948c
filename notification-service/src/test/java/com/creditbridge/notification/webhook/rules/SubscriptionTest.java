package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.webhook.rules.Subscription.EventFacts;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

  private static final EventFacts PLACED_FOR_RITA =
      new EventFacts("credit.hold.placed", "rep-rita", null);

  @Test
  void anEndpointWithoutCriteriaReceivesEverything() {
    var all = new Subscription(Set.of(), Set.of(), Set.of());

    assertThat(all.matches(PLACED_FOR_RITA)).isTrue();
    assertThat(all.matches(new EventFacts("credit.hold.released", null, null))).isTrue();
  }

  @Test
  void receivesOnlyTheEventTypesItListed() {
    var placedOnly = new Subscription(Set.of("credit.hold.placed"), Set.of(), Set.of());

    assertThat(placedOnly.matches(PLACED_FOR_RITA)).isTrue();
    assertThat(placedOnly.matches(new EventFacts("credit.hold.released", "rep-rita", null)))
        .isFalse();
  }

  @Test
  void receivesOnlyTheAccountsOfItsSalesReps() {
    var ritaOnly = new Subscription(Set.of(), Set.of("rep-rita"), Set.of());

    assertThat(ritaOnly.matches(PLACED_FOR_RITA)).isTrue();
    assertThat(ritaOnly.matches(new EventFacts("credit.hold.placed", "rep-sam", null))).isFalse();
    assertThat(ritaOnly.matches(new EventFacts("credit.hold.placed", null, null))).isFalse();
  }

  @Test
  void aSegmentFilterMatchesAKnownSegment() {
    var enterprise = new Subscription(Set.of(), Set.of(), Set.of("enterprise"));

    assertThat(enterprise.matches(new EventFacts("credit.hold.placed", "rep-rita", "enterprise")))
        .isTrue();
    assertThat(enterprise.matches(new EventFacts("credit.hold.placed", "rep-rita", "smb")))
        .isFalse();
  }

  @Test
  void aSegmentFilterNeverMatchesWhileTheSegmentIsUnknown() {
    var enterprise = new Subscription(Set.of(), Set.of(), Set.of("enterprise"));

    assertThat(enterprise.matches(PLACED_FOR_RITA)).isFalse();
  }

  @Test
  void allCriteriaMustHold() {
    var placedForRita =
        new Subscription(Set.of("credit.hold.placed"), Set.of("rep-rita"), Set.of());

    assertThat(placedForRita.matches(PLACED_FOR_RITA)).isTrue();
    assertThat(placedForRita.matches(new EventFacts("credit.hold.averted", "rep-rita", null)))
        .isFalse();
  }
}
