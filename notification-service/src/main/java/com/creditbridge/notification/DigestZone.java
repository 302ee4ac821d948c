package com.creditbridge.notification;

import com.creditbridge.notification.digest.DigestProperties;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The digest's time zone ({@code creditbridge.digest.zone}), in which its weeks and the feedback
 * weeks begin and end; here so that digests and feedback both read it without depending on each
 * other.
 */
@Component
public class DigestZone {

  private final ZoneId zone;

  DigestZone(DigestProperties properties) {
    this.zone = properties.zone();
  }

  public ZoneId zone() {
    return zone;
  }
}
