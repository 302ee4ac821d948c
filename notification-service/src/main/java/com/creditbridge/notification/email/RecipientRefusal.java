package com.creditbridge.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.mail.MailSendException;

/**
 * Whether the mail server refused the recipient's address for good: a 5xx answer to {@code RCPT TO}
 * ("550 no such user"). Trying again cannot help, and the address is a data gap for credit to fix;
 * a 4xx answer or a lost connection is still retried.
 */
final class RecipientRefusal {

  /** The server's answer to one address, as the SMTP transport words it: "550 5.1.1 ...". */
  private static final Pattern PERMANENT = Pattern.compile("^5\\d\\d\\b.*", Pattern.DOTALL);

  private static final String ADDRESS_FAILED = "SMTPAddressFailedException";

  private RecipientRefusal() {}

  /** The server's answer when it refused an address for good; empty for any other failure. */
  static Optional<String> of(Throwable error) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = new HashSet<>();
    push(pending, error);
    while (!pending.isEmpty()) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      // the transport's SMTPAddressFailedException: one address refused, the server's answer as
      // its message (matched by name: the transport is not compiled against, only run with)
      if (t instanceof SendFailedException refused
          && ADDRESS_FAILED.equals(refused.getClass().getSimpleName())
          && refused.getMessage() != null
          && PERMANENT.matcher(refused.getMessage().strip()).matches()) {
        return Optional.of(firstLine(refused.getMessage()));
      }
      push(pending, t.getCause());
      if (t instanceof MessagingException messaging) {
        push(pending, messaging.getNextException());
      }
      if (t instanceof MailSendException send) {
        send.getFailedMessages().values().forEach(e -> push(pending, e));
      }
    }
    return Optional.empty();
  }

  private static void push(Deque<Throwable> pending, Throwable t) {
    if (t != null) {
      pending.push(t);
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
