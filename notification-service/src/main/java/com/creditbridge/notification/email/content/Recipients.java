package com.creditbridge.notification.email.content;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.Person;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who an email about a hold event goes to: the account's sales rep, with the credit analyst in copy
 * so both read the same message. Without a sales rep address the analyst is the addressee.
 */
public record Recipients(List<Mailbox> to, List<Mailbox> cc) {

  public Recipients {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }

  public static Recipients of(HoldChange data) {
    Mailbox rep = mailbox(data.salesRep());
    Mailbox analyst = mailbox(data.creditAnalyst());
    if (rep == null) {
      return new Recipients(analyst == null ? List.of() : List.of(analyst), List.of());
    }
    boolean analystIsSomeoneElse = analyst != null && !sameAddress(analyst, rep);
    return new Recipients(List.of(rep), analystIsSomeoneElse ? List.of(analyst) : List.of());
  }

  /** Everyone the message is delivered to, each once. */
  public List<Mailbox> all() {
    return Stream.concat(to.stream(), cc.stream()).toList();
  }

  /** The form of an address used to tell recipients apart: domains are case-insensitive. */
  public static String normalized(String address) {
    return address.trim().toLowerCase(Locale.ROOT);
  }

  private static boolean sameAddress(Mailbox a, Mailbox b) {
    return normalized(a.address()).equals(normalized(b.address()));
  }

  /** The person's mailbox; null when there is no one or no address to write to. */
  public static Mailbox mailbox(Person person) {
    if (person == null || !person.reachable()) {
      return null;
    }
    return new Mailbox(person.name(), person.email().trim());
  }
}
