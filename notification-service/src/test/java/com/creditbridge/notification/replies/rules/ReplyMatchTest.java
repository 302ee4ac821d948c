package com.creditbridge.notification.replies.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.replies.rules.ReplyMatch.Dropped;
import com.creditbridge.notification.replies.rules.ReplyMatch.Matched;
import com.creditbridge.notification.replies.rules.ReplyMatch.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyMatchTest {

  private static final MailPerson REP = new MailPerson("rita@example.com", "Rita Rep");
  private static final MailPerson ANALYST = new MailPerson("carl@example.com", "Carl Credit");
  private static final MailPerson MANAGER = new MailPerson("mona@example.com", "Mona Manager");
  private static final AccountThread THREAD =
      new AccountThread("abc@creditbridge", "acme", "ACME Corp", REP, ANALYST, MANAGER);
  private static final AccountThread OTHER_ACCOUNT =
      new AccountThread("xyz@creditbridge", "globex", "Globex", REP, ANALYST, null);
  private static final Map<String, AccountThread> KNOWN =
      Map.of(THREAD.messageId(), THREAD, OTHER_ACCOUNT.messageId(), OTHER_ACCOUNT);
  private static final Set<String> OWN =
      Set.of("replies@creditbridge.local", "creditbridge@localhost");

  @Test
  void aReplyFromTheSalesRepToAKnownEmailBecomesTheirNote() {
    Outcome outcome = ReplyMatch.decide(reply().build(), KNOWN, OWN);

    assertThat(outcome)
        .isEqualTo(
            new Matched(
                THREAD,
                new MailPerson("rita@example.com", "Rita Rep"),
                ReplierRole.SALES_REP,
                "Paid on Friday."));
  }

  @Test
  void matchesTheFromAddressWhateverItsCaseAndNamesThePersonAsTheAccountDoes() {
    Outcome outcome =
        ReplyMatch.decide(
            reply().from(new MailPerson("Carl@Example.COM", "carl from phone")).build(),
            KNOWN,
            OWN);

    assertThat(outcome).isInstanceOf(Matched.class);
    Matched matched = (Matched) outcome;
    assertThat(matched.role()).isEqualTo(ReplierRole.CREDIT_ANALYST);
    assertThat(matched.author().who()).isEqualTo("Carl Credit");
  }

  @Test
  void findsTheThreadThroughReferencesWhenInReplyToIsMissing() {
    Outcome outcome =
        ReplyMatch.decide(
            reply().inReplyTo(null).references("<unknown@elsewhere> <ABC@creditbridge>").build(),
            KNOWN,
            OWN);

    assertThat(outcome).isInstanceOf(Matched.class);
  }

  @Test
  void aStrangerIsDropped() {
    Outcome outcome =
        ReplyMatch.decide(
            reply().from(new MailPerson("eve@example.com", null)).build(), KNOWN, OWN);

    assertThat(outcome).isEqualTo(new Dropped(DropReason.STRANGER));
  }

  @Test
  void aReplyNamingNoKnownEmailIsDropped() {
    assertThat(
            ReplyMatch.decide(
                reply().inReplyTo("<nope@creditbridge>").references("<nope@creditbridge>").build(),
                KNOWN,
                OWN))
        .isEqualTo(new Dropped(DropReason.UNKNOWN_THREAD));
    assertThat(ReplyMatch.decide(reply().inReplyTo(null).references(null).build(), KNOWN, OWN))
        .isEqualTo(new Dropped(DropReason.UNKNOWN_THREAD));
  }

  @Test
  void automaticMessagesAreDropped() {
    for (IncomingReply automatic :
        List.of(
            reply().autoSubmitted("auto-replied").build(),
            reply().precedence("bulk").build(),
            reply().report().build(),
            reply().returnPath("<>").build(),
            reply().from(new MailPerson("MAILER-DAEMON@example.com", null)).build(),
            reply().from(new MailPerson("replies@creditbridge.local", null)).build())) {
      assertThat(ReplyMatch.decide(automatic, KNOWN, OWN))
          .isEqualTo(new Dropped(DropReason.AUTOMATIC));
    }
    assertThat(ReplyMatch.decide(reply().autoSubmitted("no").build(), KNOWN, OWN))
        .isInstanceOf(Matched.class);
  }

  @Test
  void headersThatDoNotHoldTogetherAreForged() {
    assertThat(ReplyMatch.decide(reply().from().build(), KNOWN, OWN))
        .isEqualTo(new Dropped(DropReason.FORGED));
    assertThat(ReplyMatch.decide(reply().from(REP, ANALYST).build(), KNOWN, OWN))
        .isEqualTo(new Dropped(DropReason.FORGED));
    assertThat(
            ReplyMatch.decide(
                reply().sender(new MailPerson("eve@example.com", null)).build(), KNOWN, OWN))
        .isEqualTo(new Dropped(DropReason.FORGED));
    assertThat(ReplyMatch.decide(reply().references("<xyz@creditbridge>").build(), KNOWN, OWN))
        .as("names emails about two accounts")
        .isEqualTo(new Dropped(DropReason.FORGED));
  }

  @Test
  void aReplyWithNothingButQuotedTextIsDroppedAsEmpty() {
    assertThat(ReplyMatch.decide(reply().text("> quoted\n").build(), KNOWN, OWN))
        .isEqualTo(new Dropped(DropReason.EMPTY));
  }

  @Test
  void forwardsToTheOtherSide() {
    assertThat(ReplyMatch.forwardTo(ReplierRole.SALES_REP, REP, THREAD)).contains(ANALYST);
    assertThat(ReplyMatch.forwardTo(ReplierRole.SALES_MANAGER, MANAGER, THREAD)).contains(ANALYST);
    assertThat(ReplyMatch.forwardTo(ReplierRole.CREDIT_ANALYST, ANALYST, THREAD)).contains(REP);
    AccountThread noAnalyst = new AccountThread("t@cb", "acme", null, REP, null, null);
    assertThat(ReplyMatch.forwardTo(ReplierRole.SALES_REP, REP, noAnalyst)).isEmpty();
    AccountThread repIsAnalyst = new AccountThread("t@cb", "acme", null, REP, REP, null);
    assertThat(ReplyMatch.forwardTo(ReplierRole.SALES_REP, REP, repIsAnalyst)).isEmpty();
  }

  private static Builder reply() {
    return new Builder();
  }

  /** A plain reply by the sales rep to the known email, each part changeable. */
  private static final class Builder {
    private List<MailPerson> from = List.of(REP);
    private MailPerson sender;
    private String inReplyTo = "<abc@creditbridge>";
    private String references = "<abc@creditbridge>";
    private String autoSubmitted;
    private String precedence;
    private String returnPath = "<rita@example.com>";
    private boolean report;
    private String text = "Paid on Friday.\n\nOn Monday CreditBridge wrote:\n> Hello";

    Builder from(MailPerson... people) {
      this.from = List.of(people);
      return this;
    }

    Builder sender(MailPerson sender) {
      this.sender = sender;
      return this;
    }

    Builder inReplyTo(String inReplyTo) {
      this.inReplyTo = inReplyTo;
      return this;
    }

    Builder references(String references) {
      this.references = references;
      return this;
    }

    Builder autoSubmitted(String value) {
      this.autoSubmitted = value;
      return this;
    }

    Builder precedence(String value) {
      this.precedence = value;
      return this;
    }

    Builder returnPath(String value) {
      this.returnPath = value;
      return this;
    }

    Builder report() {
      this.report = true;
      return this;
    }

    Builder text(String value) {
      this.text = value;
      return this;
    }

    IncomingReply build() {
      return new IncomingReply(
          "reply-1@mail.example.com",
          from,
          sender,
          inReplyTo,
          references,
          autoSubmitted,
          precedence,
          returnPath,
          report,
          text,
          null);
    }
  }
}
