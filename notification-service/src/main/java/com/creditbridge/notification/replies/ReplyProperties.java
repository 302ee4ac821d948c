package com.creditbridge.notification.replies;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.replies.*}; the defaults are in application.yml. The replies mailbox is read
 * over IMAP like the outgoing mail is sent over SMTP: any server, locally the embedded one.
 *
 * @param enabled whether this replica reads the mailbox and records notes (tests run passes
 *     themselves)
 * @param address the Reply-To of every email about an account
 * @param protocol {@code imap} or {@code imaps}
 * @param pollInterval how often the mailbox is read and waiting notes are retried
 * @param batchSize messages read per pass at most (the rest at the next pass)
 * @param notesUrl the hold-service's base URL; notes go to {@code POST /api/v1/accounts/{id}/notes}
 * @param timeout a mailbox connection or a note request that takes longer fails the pass
 * @param retrySchedule the waits before the 2nd, 3rd, ... note request; the last repeats until the
 *     hold-service takes the note
 */
@ConfigurationProperties("creditbridge.replies")
public record ReplyProperties(
    boolean enabled,
    String address,
    String host,
    int port,
    String username,
    String password,
    String protocol,
    Duration pollInterval,
    int batchSize,
    URI notesUrl,
    Duration timeout,
    List<Duration> retrySchedule) {

  private static final Set<String> PROTOCOLS = Set.of("imap", "imaps");

  public ReplyProperties {
    Objects.requireNonNull(address, "creditbridge.replies.address");
    Objects.requireNonNull(pollInterval, "creditbridge.replies.poll-interval");
    Objects.requireNonNull(notesUrl, "creditbridge.replies.notes-url");
    Objects.requireNonNull(timeout, "creditbridge.replies.timeout");
    if (!PROTOCOLS.contains(protocol)) {
      throw new IllegalArgumentException("creditbridge.replies.protocol must be imap or imaps");
    }
    if (retrySchedule == null || retrySchedule.isEmpty()) {
      throw new IllegalArgumentException("creditbridge.replies.retry-schedule must not be empty");
    }
    retrySchedule = List.copyOf(retrySchedule);
  }

  /** The wait before the next note request after {@code failedAttempts} failures. */
  Duration retryDelay(int failedAttempts) {
    return retrySchedule.get(Math.min(failedAttempts, retrySchedule.size()) - 1);
  }

  @Override
  public String toString() {
    return "ReplyProperties[" + username + "@" + host + ":" + port + "]"; // never the password
  }
}
