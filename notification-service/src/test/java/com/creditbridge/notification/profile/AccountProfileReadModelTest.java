package com.creditbridge.notification.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.PaymentBehaviourSummary.Trend;
import com.creditbridge.notification.profile.AccountProfile.PaymentTrend;
import com.creditbridge.notification.support.AccountSnapshots;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account-service's snapshots become the service's own account profiles, newest kept. */
class AccountProfileReadModelTest extends NotificationIntegrationTest {

  @Autowired AccountProfiles profiles;

  @Test
  void aSnapshotBecomesTheAccountsProfileWithItsPeopleGapsAndPaymentTrend() {
    String accountId = "prof-" + UUID.randomUUID().toString().substring(0, 8);
    AccountSnapshots.account(accountId)
        .rep("rep-1", "Rita@Example.com")
        .manager("mia@example.com")
        .noLimit()
        .owing("1500.00", "200.00")
        .trend(Trend.WORSENING)
        .publish();

    AccountProfile profile = awaitProfile(accountId, 1);

    assertThat(profile.salesRep().email()).isEqualTo("rita@example.com");
    assertThat(profile.creditAnalyst()).isNull();
    assertThat(profile.salesManager().email()).isEqualTo("mia@example.com");
    assertThat(profile.hasCreditLimit()).isFalse();
    assertThat(profile.segment()).isEqualTo("enterprise");
    assertThat(profile.paymentTrend()).isEqualTo(PaymentTrend.WORSENING);
    assertThat(profile.exposure()).isEqualByComparingTo("1500.00");
    assertThat(profile.hasPastDue()).isTrue();
  }

  @Test
  void anOlderSnapshotReadLateNeverOverwritesANewerOne() {
    String accountId = "prof-" + UUID.randomUUID().toString().substring(0, 8);
    AccountSnapshots.account(accountId).version(5).analyst("an-1", "ana@example.com").publish();
    awaitProfile(accountId, 5);

    profiles
        .keep(
            List.of(
                AccountProfileListener.profileOf(
                    AccountSnapshots.account(accountId).version(4).noLimit().event().data())))
        .block();

    AccountProfile kept = profiles.find(accountId).block();
    assertThat(kept.ledgerVersion()).isEqualTo(5);
    assertThat(kept.creditAnalyst().id()).isEqualTo("an-1");
    assertThat(kept.hasCreditLimit()).isTrue();
  }

  @Test
  void ofOnePollsSnapshotsOfAnAccountTheNewestIsKept() {
    String accountId = "prof-" + UUID.randomUUID().toString().substring(0, 8);

    profiles
        .keep(
            List.of(
                AccountProfileListener.profileOf(
                    AccountSnapshots.account(accountId).version(7).noSegment().event().data()),
                AccountProfileListener.profileOf(
                    AccountSnapshots.account(accountId).version(6).event().data())))
        .block();

    AccountProfile kept = profiles.find(accountId).block();
    assertThat(kept.ledgerVersion()).isEqualTo(7);
    assertThat(kept.segment()).isNull();
  }

  private AccountProfile awaitProfile(String accountId, long version) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> profiles.find(accountId).block(), p -> p != null && p.ledgerVersion() == version);
  }
}
