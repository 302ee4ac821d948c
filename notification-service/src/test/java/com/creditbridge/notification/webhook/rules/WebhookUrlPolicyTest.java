package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

  private final WebhookUrlPolicy strict = new WebhookUrlPolicy(TargetAllowance.NONE);
  private final WebhookUrlPolicy insecureAllowed =
      new WebhookUrlPolicy(new TargetAllowance(true, true));

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
        "https://[::1]/hooks",
        "https://[::ffff:127.0.0.1]/hooks"
      })
  void refusesLoopbackUnlessAllowed(String url) {
    assertThat(strict.check(url)).contains("must not point to a loopback address");
    assertThat(insecureAllowed.check(url)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://0.0.0.0/hooks",
        "https://10.1.2.3/hooks",
        "https://172.16.0.1/hooks",
        "https://192.168.1.10:8443/hooks",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/hooks",
        "https://[fe80::1]/hooks",
        "https://[fd00::1]/hooks"
      })
  void refusesLiteralInternalAddressesEvenWhenLoopbackIsAllowed(String url) {
    assertThat(strict.check(url)).isPresent();
    assertThat(insecureAllowed.check(url)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:0/sink",
        "http://127.0.0.1:65536/sink",
        "http://127.0.0.1:99999/sink",
        "http://127.0.0.1:http/sink",
        "http://127.0.0.1:80a/sink",
        "http://[::1]:port/sink",
        "https://crm.example.com:-1/hooks"
      })
  void refusesAPortOutside1To65535(String url) {
    assertThat(insecureAllowed.check(url)).contains("must have a port from 1 to 65535");
  }

  @Test
  void acceptsTheHighestPort() {
    assertThat(strict.check("https://crm.example.com:65535/hooks")).isEmpty();
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
