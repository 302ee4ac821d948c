package com.creditbridge.notification.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.notification.change.HoldChange.AccountStatus;
import com.creditbridge.notification.change.HoldChange.AcknowledgementRequest;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.HoldChange.Promise;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored event JSON is the wire's, byte for byte: the decoder is held against the contracts'
 * golden hold event, so a wire change that the service would misread fails here.
 */
class StoredHoldEventsTest {

  private static final Path GOLDEN =
      Path.of("../contracts/src/test/resources/golden/hold-placed.json");

  @Test
  void readsEveryPartTheServiceUsesFromTheGoldenHoldEvent() throws IOException {
    HoldChange change = StoredHoldEvents.change(Files.readString(GOLDEN, StandardCharsets.UTF_8));

    assertThat(change)
        .isEqualTo(
            new HoldChange(
                "acme",
                "ACME Corp",
                AccountStatus.ON_HOLD,
                List.of("Invoice INV-1 (1200.00 EUR) is 70 days past due."),
                null,
                new BigDecimal("1200.00"),
                new BigDecimal("1200.00"),
                "EUR",
                new Person("rep-1", "Rita Rep", "rita@example.com"),
                new Person("an-1", "Carl Credit", "carl@example.com"),
                null,
                "enterprise",
                new Promise(new BigDecimal("1200.00"), LocalDate.of(2026, 5, 8), "carl"),
                new AcknowledgementRequest(new BigDecimal("50000.00"), 24)));
  }

  @Test
  void anUpdateWithoutStatusOrReasonsReadsAsClearWithNoReasons() {
    HoldChange change =
        StoredHoldEvents.change(
            """
            {"specversion":"1.0","id":"e-1","source":"/creditbridge/hold-service",
             "type":"credit.status.updated",
             "data":{"accountId":"acme","policyVersion":1,"reasons":[{"code":"X","message":"  "}]}}
            """);

    assertThat(change.status()).isEqualTo(AccountStatus.CLEAR);
    assertThat(change.reasons()).isEmpty();
    assertThat(change.displayName()).isEqualTo("acme");
    assertThat(change.salesRep()).isNull();
  }

  @Test
  void jsonThatIsNoHoldEventIsRefusedWithAClearReason() {
    assertThatThrownBy(() -> StoredHoldEvents.change("not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a stored hold event");
    assertThatThrownBy(
            () ->
                StoredHoldEvents.change(
                    """
                    {"specversion":"1.0","id":"e-2","source":"s","type":"credit.hold.placed"}
                    """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a stored hold event without data");
  }

  @Test
  void aPersonWithoutAnAddressCannotBeWrittenTo() {
    assertThat(new Person("rep-x", "Xavier", null).reachable()).isFalse();
    assertThat(new Person("rep-x", "Xavier", " ").reachable()).isFalse();
    assertThat(new Person(null, null, "x@example.com").reachable()).isTrue();
  }
}
