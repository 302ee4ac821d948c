package com.creditbridge.gateway.signin.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

  @ParameterizedTest
  @CsvSource({
    "/app/accounts/acme, /app/accounts/acme",
    "/app/, /app/",
    "/app, /app/",
    "/app/?show=all&q=acme, /app/?show=all&q=acme",
    "/app/acknowledge?token=abc.def, /app/acknowledge?token=abc.def"
  })
  void leadsBackToTheWorkspacePageFirstAskedFor(String requested, String expected) {
    assertThat(ReturnPath.of(requested)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "https://evil.example/app/",
        "//evil.example/app/",
        "/app//evil.example",
        "/\\evil.example",
        "/api/v1/accounts",
        "/application",
        "/app/../api/v1/api-keys",
        "/app/sign-in/abc",
        "/app/\r\nSet-Cookie: x=y",
        "javascript:alert(1)"
      })
  void sendsAnythingElseHomeSoNoLinkCanRedirectElsewhere(String requested) {
    assertThat(ReturnPath.of(requested)).isEqualTo("/app/");
  }
}
