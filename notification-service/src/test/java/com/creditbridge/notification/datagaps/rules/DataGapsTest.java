package com.creditbridge.notification.datagaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.support.Profiles;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataGapsTest {

  @Test
  void aCompleteAccountHasNoGaps() {
    assertThat(DataGaps.of(Profiles.account("a").build(), Set.of())).isEmpty();
  }

  @Test
  void everyMissingPieceIsListedInTheFixedOrder() {
    var account =
        Profiles.account("a")
            .rep("rita@example.com")
            .noSegment()
            .noLimit()
            .noManager()
            .noAnalyst()
            .build();

    assertThat(DataGaps.of(account, Set.of("rita@example.com")))
        .containsExactly(
            "creditAnalyst", "salesManager", "creditLimit", "segment", "salesRepEmail");
  }

  @Test
  void aRefusedAddressIsAGapOnlyForTheAccountsWhoseRepItIs() {
    Set<String> refused = Set.of("gone@example.com");

    assertThat(DataGaps.of(Profiles.account("a").rep("gone@example.com").build(), refused))
        .containsExactly("salesRepEmail");
    assertThat(DataGaps.of(Profiles.account("b").rep("rita@example.com").build(), refused))
        .isEmpty();
    assertThat(DataGaps.of(Profiles.account("c").rep(null).build(), refused)).isEmpty();
  }
}
