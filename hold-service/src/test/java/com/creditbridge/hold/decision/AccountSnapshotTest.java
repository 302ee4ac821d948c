package com.creditbridge.hold.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.contracts.PaymentBehaviourSummary;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.hold.AccountSnapshotBuilder;
import com.creditbridge.hold.decision.AccountContacts.Contact;
import com.creditbridge.hold.policy.AccountCredit;
import com.creditbridge.hold.policy.CreditPolicy;
import com.creditbridge.hold.policy.OpenInvoice;
import com.creditbridge.hold.policy.PolicyOutcome;
import com.creditbridge.hold.policy.PolicySettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire snapshot becomes the service's own model, stored in its own JSON, fingerprinted. */
class AccountSnapshotTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-05-05");

  @Test
  void translatesTheWireSnapshotIntoCreditFactsContactsAndItsCause() {
    PaymentStatusChanged wire =
        AccountSnapshotBuilder.account("acct-1")
            .version(7)
            .receivedTotal("250.00")
            .invoice("INV-1", "1200.00", "2026-03-01")
            .build()
            .data();

    AccountSnapshot snapshot = PaymentStatusTranslation.fromWire(wire);

    assertThat(snapshot.accountId()).isEqualTo("acct-1");
    assertThat(snapshot.ledgerVersion()).isEqualTo(7);
    assertThat(snapshot.credit())
        .isEqualTo(
            new CreditFacts(
                "EUR",
                new BigDecimal("10000.00"),
                new BigDecimal("0.00"),
                new BigDecimal("250.00"),
                "enterprise",
                List.of(
                    new OpenInvoice(
                        "INV-1",
                        new BigDecimal("1200.00"),
                        LocalDate.parse("2026-03-01"),
                        false))));
    assertThat(snapshot.contacts())
        .isEqualTo(
            new AccountContacts(
                "Acme acct-1",
                new Contact("rep-1", "Rita Rep", "rita@example.com"),
                new Contact("ana-1", "Ana Lyst", "ana@example.com"),
                new Contact(null, "Max Manager", "max@example.com")));
    assertThat(snapshot.cause())
        .isEqualTo(
            new AccountSnapshot.LedgerChange(
                "ledger-acct-1-7", "payment.received", Instant.parse("2026-05-05T08:59:59Z")));
  }

  /**
   * Payment behaviour rides on the snapshot for the notification-service; it is not a credit fact,
   * so a snapshot that differs only in it translates to the same model and fingerprints the same.
   */
  @Test
  void paymentBehaviourIsLeftAtTheEdgeSoItNeverChangesADecision() {
    PaymentStatusChanged wire =
        AccountSnapshotBuilder.account("acct-1")
            .invoice("INV-1", "1200.00", "2026-03-01")
            .build()
            .data();
    PaymentStatusChanged withBehaviour =
        new PaymentStatusChanged(
            wire.accountId(),
            wire.name(),
            wire.currency(),
            wire.creditLimit(),
            wire.salesRep(),
            wire.creditAnalyst(),
            wire.salesManager(),
            wire.segment(),
            wire.exposure(),
            wire.unappliedCredit(),
            wire.pastDue(),
            wire.aging(),
            wire.openInvoiceCount(),
            wire.openItems(),
            wire.cause(),
            wire.ledgerVersion(),
            wire.receivedTotal(),
            wire.openOrders(),
            wire.creditGroup(),
            new PaymentBehaviourSummary(
                new BigDecimal("42.0"),
                new BigDecimal("12.0"),
                PaymentBehaviourSummary.Trend.WORSENING,
                3));

    assertThat(PaymentStatusTranslation.fromWire(withBehaviour))
        .isEqualTo(PaymentStatusTranslation.fromWire(wire));
  }

  @Test
  void refusesASnapshotWithoutCurrency() {
    PaymentStatusChanged wire = AccountSnapshotBuilder.account("acct-1").build().data();
    PaymentStatusChanged noCurrency =
        new PaymentStatusChanged(
            wire.accountId(),
            wire.name(),
            null,
            wire.creditLimit(),
            wire.salesRep(),
            wire.creditAnalyst(),
            wire.salesManager(),
            wire.segment(),
            wire.exposure(),
            wire.unappliedCredit(),
            wire.pastDue(),
            wire.aging(),
            wire.openInvoiceCount(),
            wire.openItems(),
            wire.cause(),
            wire.ledgerVersion(),
            wire.receivedTotal());

    assertThatThrownBy(() -> PaymentStatusTranslation.fromWire(noCurrency))
        .isInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("acct-1");
  }

  @Test
  void readsTheStoredJsonItWrites() {
    List<OpenInvoice> invoices =
        List.of(
            new OpenInvoice(
                "INV-1", new BigDecimal("1200.50"), LocalDate.parse("2026-03-01"), true));
    AccountContacts contacts =
        new AccountContacts(
            "Acme", new Contact("rep-1", "Rita Rep", "Rita@Example.com"), null, null);

    assertThat(StoredSnapshotJson.invoices(StoredSnapshotJson.invoices(invoices)))
        .isEqualTo(invoices);
    assertThat(StoredSnapshotJson.contacts("Acme", StoredSnapshotJson.contacts(contacts)))
        .isEqualTo(contacts);
  }

  @Test
  void readsInvoicesAndContactsInTheShapeTheMigrationCopiedFromTheWire() {
    assertThat(
            StoredSnapshotJson.invoices(
                "[{\"invoiceId\":\"INV-1\",\"openAmount\":\"1200.00\",\"dueOn\":\"2026-03-01\","
                    + "\"disputed\":false}]"))
        .containsExactly(
            new OpenInvoice(
                "INV-1", new BigDecimal("1200.00"), LocalDate.parse("2026-03-01"), false));
    assertThat(
            StoredSnapshotJson.contacts(
                "Acme", "{\"salesManager\":{\"name\":\"Max\",\"email\":\"max@example.com\"}}"))
        .isEqualTo(
            new AccountContacts("Acme", null, null, new Contact(null, "Max", "max@example.com")));
  }

  @Test
  void fingerprintIgnoresTheContactsButNotTheCreditFacts() {
    CreditFacts credit =
        new CreditFacts(
            "EUR",
            new BigDecimal("10000.00"),
            null,
            null,
            "enterprise",
            List.of(
                new OpenInvoice(
                    "INV-1", new BigDecimal("1200.00"), LocalDate.parse("2026-03-01"), false)));
    PolicyOutcome decision = evaluate(credit);
    String fingerprint = ViewFingerprint.of(decision, null, credit.segment());
    AccountContacts before =
        new AccountContacts("Acme", new Contact("rep-1", "Rita", "rita@exmaple.com"), null, null);
    AccountContacts after =
        new AccountContacts("Acme", new Contact("rep-1", "Rita", "rita@example.com"), null, null);

    assertThat(ViewFingerprint.same(fingerprint, fingerprint, decision, null, credit, after))
        .isTrue();
    assertThat(fingerprint).startsWith(ViewFingerprint.VERSION);
    assertThat(ViewFingerprint.of(decision, null, "smb")).isNotEqualTo(fingerprint);
    CreditFacts paid =
        new CreditFacts("EUR", new BigDecimal("10000.00"), null, null, "enterprise", List.of());
    assertThat(ViewFingerprint.of(evaluate(paid), null, "enterprise")).isNotEqualTo(fingerprint);
    // a fingerprint stored before version 2 still matches the same view with the same contacts
    String legacy = ViewFingerprint.legacy(decision, null, credit, before);
    assertThat(ViewFingerprint.same(legacy, fingerprint, decision, null, credit, before)).isTrue();
    assertThat(ViewFingerprint.same(legacy, fingerprint, decision, null, credit, after)).isFalse();
  }

  private static PolicyOutcome evaluate(CreditFacts credit) {
    return new CreditPolicy()
        .evaluate(AccountCredit.of(credit.ledger()), PolicySettings.DEFAULTS, TODAY);
  }
}
