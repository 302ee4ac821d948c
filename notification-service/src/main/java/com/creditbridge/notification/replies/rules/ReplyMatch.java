package com.creditbridge.notification.replies.rules;

import com.creditbridge.notification.email.content.MessageIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a message in the replies mailbox is: a reply by a person of an account to an email about it,
 * which becomes a note, or something dropped with a reason. Nothing is guessed: the thread is found
 * only by the ids the message names, and the author only among the account's people.
 */
public final class ReplyMatch {

  private static final Set<String> AUTOMATIC_PRECEDENCE =
      Set.of("bulk", "junk", "list", "auto_reply");
  private static final Set<String> MAIL_SYSTEMS = Set.of("mailer-daemon", "postmaster");

  private ReplyMatch() {}

  /** What became of a message. */
  public sealed interface Outcome permits Matched, Dropped {}

  /**
   * A reply that becomes a note.
   *
   * @param author the replier, named as the account names them
   * @param text the reply without quoted text and signature
   */
  public record Matched(AccountThread thread, MailPerson author, ReplierRole role, String text)
      implements Outcome {}

  public record Dropped(DropReason reason) implements Outcome {}

  /**
   * The ids to look up: In-Reply-To first (the email answered), then References newest first. At
   * most 20: a real reply names a handful.
   */
  public static List<String> referencedIds(IncomingReply reply) {
    Set<String> ids = new LinkedHashSet<>(MessageIds.in(reply.inReplyTo()));
    List<String> references = new ArrayList<>(MessageIds.in(reply.references()));
    Collections.reverse(references);
    ids.addAll(references);
    return ids.stream().limit(20).toList();
  }

  /**
   * Decides about one message.
   *
   * @param known the threads found for {@link #referencedIds}, by message id
   * @param ownAddresses CreditBridge's own addresses (sender, replies mailbox): a message from them
   *     is a loop
   */
  public static Outcome decide(
      IncomingReply reply, Map<String, AccountThread> known, Set<String> ownAddresses) {
    if (automatic(reply, ownAddresses)) {
      return new Dropped(DropReason.AUTOMATIC);
    }
    if (reply.from().size() != 1) {
      return new Dropped(DropReason.FORGED);
    }
    MailPerson from = reply.from().get(0);
    if (reply.sender() != null && !reply.sender().email().equals(from.email())) {
      return new Dropped(DropReason.FORGED); // sent on someone's behalf: not the person's own word
    }
    List<AccountThread> threads =
        referencedIds(reply).stream().map(known::get).filter(t -> t != null).toList();
    if (threads.isEmpty()) {
      return new Dropped(DropReason.UNKNOWN_THREAD);
    }
    if (threads.stream().map(AccountThread::accountId).distinct().count() > 1) {
      return new Dropped(DropReason.FORGED); // names emails about two accounts: which one is meant?
    }
    AccountThread thread = threads.get(0);
    Optional<ReplierRole> role = roleOf(from.email(), thread);
    if (role.isEmpty()) {
      return new Dropped(DropReason.STRANGER);
    }
    String text = ReplyText.of(reply.plainText(), reply.html());
    if (text.isEmpty()) {
      return new Dropped(DropReason.EMPTY);
    }
    MailPerson named = person(role.get(), thread);
    return new Matched(
        thread,
        new MailPerson(from.email(), named.name() != null ? named.name() : from.name()),
        role.get(),
        text);
  }

  /**
   * Who hears the reply next, the other side: a sales rep's or sales manager's reply goes to the
   * credit analyst, the analyst's to the sales rep. Empty when the other side has no address or is
   * the replier.
   */
  public static Optional<MailPerson> forwardTo(
      ReplierRole role, MailPerson author, AccountThread thread) {
    MailPerson other =
        switch (role) {
          case SALES_REP, SALES_MANAGER -> thread.creditAnalyst();
          case CREDIT_ANALYST -> thread.salesRep();
        };
    if (other == null || other.email().equals(author.email())) {
      return Optional.empty();
    }
    return Optional.of(other);
  }

  /** The first role the address has on the account: sales rep, credit analyst, sales manager. */
  static Optional<ReplierRole> roleOf(String email, AccountThread thread) {
    for (ReplierRole role : ReplierRole.values()) {
      MailPerson person = person(role, thread);
      if (person != null && person.email().equals(email)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private static MailPerson person(ReplierRole role, AccountThread thread) {
    return switch (role) {
      case SALES_REP -> thread.salesRep();
      case CREDIT_ANALYST -> thread.creditAnalyst();
      case SALES_MANAGER -> thread.salesManager();
    };
  }

  private static boolean automatic(IncomingReply reply, Set<String> ownAddresses) {
    String autoSubmitted = lower(reply.autoSubmitted());
    if (autoSubmitted != null && !autoSubmitted.equals("no")) {
      return true; // RFC 3834: auto-replied, auto-generated, auto-notified
    }
    String precedence = lower(reply.precedence());
    if (precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence)) {
      return true;
    }
    if (reply.report()) {
      return true;
    }
    String returnPath =
        reply.returnPath() == null ? null : reply.returnPath().replaceAll("\\s", "");
    if ("<>".equals(returnPath)) {
      return true; // a bounce has the null sender
    }
    for (MailPerson from : reply.from()) {
      String local = from.email().substring(0, Math.max(0, from.email().indexOf('@')));
      if (MAIL_SYSTEMS.contains(local) || ownAddresses.contains(from.email())) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
