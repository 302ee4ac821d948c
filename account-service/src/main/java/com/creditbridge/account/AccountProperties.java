package com.creditbridge.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone the zone in which "today" is taken for aging and past-due figures
 */
@ConfigurationProperties("creditbridge.account")
public record AccountProperties(@DefaultValue("UTC") ZoneId timeZone) {

  public LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, timeZone);
  }
}
