package com.creditbridge.notification.feedback;

import com.creditbridge.notification.DigestZone;
import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.email.content.DigestEmailModel.FeedbackLink;
import com.creditbridge.notification.email.content.WorkspaceLinks;
import com.creditbridge.notification.escalation.EscalationProperties;
import com.creditbridge.notification.feedback.signing.FeedbackToken;
import com.creditbridge.notification.feedback.signing.FeedbackWeek;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The five signed links (scores 1 to 5) a digest ends with, and the checking of their tokens. The
 * service's one signing key (that of the acknowledgement links) signs them; the token's own prefix
 * keeps the two kinds of signature apart.
 */
@Component
public class FeedbackLinks {

  private final FeedbackToken tokens;
  private final String publicUrl;

  FeedbackLinks(EscalationProperties signing, DigestZone zone, PublicUrlProperties site) {
    this.tokens = new FeedbackToken(signing.signingKey(), zone.zone());
    this.publicUrl = site.publicUrl();
  }

  /** The links asking {@code email} about {@code week}. */
  public List<FeedbackLink> forWeek(String email, FeedbackWeek week) {
    return IntStream.rangeClosed(1, 5)
        .mapToObj(
            score ->
                new FeedbackLink(
                    score, WorkspaceLinks.feedback(publicUrl, tokens.sign(email, week, score))))
        .toList();
  }

  FeedbackToken tokens() {
    return tokens;
  }
}
