package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.change.HoldChange.Person;
import org.junit.jupiter.api.Test;

class RecipientsTest {

  @Test
  void goesToTheSalesRepWithTheCreditAnalystInCopy() {
    Recipients recipients = Recipients.of(HoldEmails.placed());

    assertThat(recipients.to()).containsExactly(new Mailbox("Rita Rep", "rita@example.com"));
    assertThat(recipients.cc()).containsExactly(new Mailbox("Carl Credit", "carl@example.com"));
  }

  @Test
  void withoutACreditAnalystThereIsNoCopy() {
    Recipients recipients =
        Recipients.of(HoldEmails.withOwners(HoldEmails.placed(), HoldEmails.RITA, null));

    assertThat(recipients.all()).containsExactly(new Mailbox("Rita Rep", "rita@example.com"));
  }

  @Test
  void aPersonWhoIsBothSalesRepAndAnalystGetsOneCopy() {
    var ritaAsAnalyst = new Person("an-rita", "Rita", "RITA@example.com");

    Recipients recipients =
        Recipients.of(HoldEmails.withOwners(HoldEmails.placed(), HoldEmails.RITA, ritaAsAnalyst));

    assertThat(recipients.all()).containsExactly(new Mailbox("Rita Rep", "rita@example.com"));
  }

  @Test
  void withoutASalesRepAddressTheAnalystIsTheAddressee() {
    var repWithoutEmail = new Person("rep-x", "Xavier", null);

    Recipients recipients =
        Recipients.of(HoldEmails.withOwners(HoldEmails.placed(), repWithoutEmail, HoldEmails.CARL));

    assertThat(recipients.to()).containsExactly(new Mailbox("Carl Credit", "carl@example.com"));
    assertThat(recipients.cc()).isEmpty();
  }

  @Test
  void nobodyToWriteToMeansNoEmail() {
    Recipients recipients = Recipients.of(HoldEmails.withOwners(HoldEmails.placed(), null, null));

    assertThat(recipients.all()).isEmpty();
  }
}
