package com.creditbridge.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * IMAP clients that vanish without LOGOUT must leave the mail server idle. GreenMail 2.1.5 spun a
 * thread per such connection forever (its issue #891): three of them held most of a 2-core machine.
 */
class MailServerIdleTest {

  private static final String USER = "idle-probe@localhost";
  private static final int ABANDONED_CONNECTIONS = 3;
  private static final Duration WINDOW = Duration.ofSeconds(2);

  /** A spinning thread burns about the whole window; an idle server next to nothing. */
  private static final long MAX_CPU_NANOS = Duration.ofMillis(250).toNanos();

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Test
  void staysIdleAfterImapClientsDisconnectWithoutLogout() throws Exception {
    Set<Long> before = threadIds();
    try (MailServer server = MailServer.start(Loopback.portOrFree(0), Loopback.portOrFree(0))) {
      deliverMailTo(server.smtpPort()); // creates the mailbox and its login
      for (int i = 0; i < ABANDONED_CONNECTIONS; i++) {
        loginAndVanish(server.imapPort());
      }

      Map<Long, Long> serverThreads = cpuTimes(before);
      assertThat(serverThreads).as("the mail server's threads").isNotEmpty();
      await("the mail server's threads use under 250 ms of CPU over " + WINDOW.toSeconds() + " s")
          .during(WINDOW)
          .atMost(WINDOW.multipliedBy(3))
          .until(() -> cpuSpentSince(serverThreads) < MAX_CPU_NANOS);
    }
  }

  private static void deliverMailTo(int smtpPort) throws Exception {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", Loopback.ADDRESS);
    smtp.put("mail.smtp.port", String.valueOf(smtpPort));
    MimeMessage message = new MimeMessage(Session.getInstance(smtp));
    message.setFrom(new InternetAddress("sender@localhost"));
    message.setRecipients(MimeMessage.RecipientType.TO, USER);
    message.setSubject("probe");
    message.setText("probe");
    Transport.send(message);
  }

  /** Logs in, selects the inbox, then closes the socket: no LOGOUT, as a killed client would. */
  private static void loginAndVanish(int imapPort) throws Exception {
    Socket socket = new Socket(InetAddress.getByName(Loopback.ADDRESS), imapPort);
    var in =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = socket.getOutputStream();
    assertThat(in.readLine()).startsWith("* OK");
    assertThat(command(in, out, "a1", "LOGIN " + USER + " " + USER)).startsWith("a1 OK");
    assertThat(command(in, out, "a2", "SELECT INBOX")).startsWith("a2 OK");
    socket.close();
  }

  /** Sends a tagged command and returns its tagged answer, skipping untagged lines. */
  private static String command(BufferedReader in, OutputStream out, String tag, String command)
      throws Exception {
    out.write((tag + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    String line;
    do {
      line = in.readLine();
    } while (line != null && !line.startsWith(tag + " "));
    return String.valueOf(line);
  }

  private Set<Long> threadIds() {
    return Arrays.stream(threads.getAllThreadIds()).boxed().collect(Collectors.toSet());
  }

  /** CPU time so far of every live thread started after {@code before}: the mail server's. */
  private Map<Long, Long> cpuTimes(Set<Long> before) {
    Map<Long, Long> times = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      long cpu = threads.getThreadCpuTime(id);
      if (!before.contains(id) && cpu >= 0) {
        times.put(id, cpu);
      }
    }
    return times;
  }

  private long cpuSpentSince(Map<Long, Long> start) {
    long spent = 0;
    for (var thread : start.entrySet()) {
      long now = threads.getThreadCpuTime(thread.getKey()); // -1 once the thread has ended
      spent += Math.max(0, now - thread.getValue());
    }
    return spent;
  }
}
