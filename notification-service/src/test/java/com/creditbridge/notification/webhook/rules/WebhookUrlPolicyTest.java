package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

  private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false);
  private final WebhookUrlPolicy insecureAllowed = new WebhookUrlPolicy(true);

  @Test
  void acceptsAPublicHttpsUrl() {
    assertThat(strict.check("https://crm.example.com/hooks/credit?tenant=7")).isEmpty();
  }

  @Test
  void requiresAUrl() {
    assertThat(strict.check(null)).contains("is required");
    assertThat(strict.check("  ")).contains("is required");
  }

  @Test
  void refusesRelativeUrls() {
    assertThat(strict.check("/hooks/credit")).contains("must be an absolute URL with a host");
  }

  @Test
  void refusesUrlsLongerThan2048Characters() {
    String url = "https://crm.example.com/" + "a".repeat(2048);

    assertThat(strict.check(url)).contains("must be at most 2048 characters");
  }

  @Test
  void refusesPlainHttpUnlessInsecureUrlsAreAllowed() {
    assertThat(strict.check("http://crm.example.com/hooks")).contains("must be an https URL");
    assertThat(insecureAllowed.check("http://crm.example.com/hooks")).isEmpty();
  }

  @Test
  void refusesOtherSchemesEvenWhenInsecureUrlsAreAllowed() {
    assertThat(insecureAllowed.check("ftp://crm.example.com/hooks"))
        .contains("must be an http or https URL");
  }

  @Test
  void refusesCredentialsInTheUrl() {
    assertThat(strict.check("https://user:pw@crm.example.com/hooks"))
        .contains("must not contain credentials");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://localhost/hooks",
        "https://api.localhost/hooks",
        "https://127.0.0.1/hooks",
        "https://2130706433/hooks",
        "https://0.0.0.0/hooks",
        "https://10.1.2.3/hooks",
        "https://172.16.0.1/hooks",
        "https://192.168.1.10:8443/hooks",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/hooks",
        "https://[::1]/hooks",
        "https://[fe80::1]/hooks",
        "https://[fd00::1]/hooks",
        "https://[::ffff:127.0.0.1]/hooks"
      })
  void refusesLiteralInternalAddresses(String url) {
    assertThat(strict.check(url))
        .contains("must not point to a loopback, private or link-local address");
  }

  @Test
  void allowsLoopbackWhenInsecureUrlsAreAllowed() {
    assertThat(insecureAllowed.check("http://127.0.0.1:8099/sink")).isEmpty();
  }

  @Test
  void acceptsPublicAddressLiterals() {
    assertThat(strict.check("https://93.184.216.34/hooks")).isEmpty();
    assertThat(strict.check("https://[2606:4700::1111]/hooks")).isEmpty();
  }
}
