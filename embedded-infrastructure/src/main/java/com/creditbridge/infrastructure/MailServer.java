package com.creditbridge.infrastructure;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail's SMTP and IMAP servers. A recipient's mailbox is created on first delivery with login
 * = password = the recipient address (GreenMail's default delivery handler); nothing is persisted.
 */
final class MailServer implements AutoCloseable {

  private final GreenMail greenMail;

  private MailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static MailServer start(int smtpPort, int imapPort) {
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, Loopback.ADDRESS, ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, Loopback.ADDRESS, ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.start();
    return new MailServer(greenMail);
  }

  int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  int imapPort() {
    return greenMail.getImap().getPort();
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
