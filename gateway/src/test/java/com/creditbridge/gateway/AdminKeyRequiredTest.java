package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

class AdminKeyRequiredTest {

  private static java.util.Map<String, Object> database() {
    return new java.util.HashMap<>(
        com.creditbridge.infrastructure.TestInfrastructure.shared()
            .springProperties(GatewayTestSetup.DATABASE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not a bearer token"})
  void refusesToStartWithoutAUsableAdminKey(String adminKey) {
    SpringApplicationBuilder gateway =
        new SpringApplicationBuilder(GatewayApplication.class)
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "creditbridge.gateway.admin-key=" + adminKey)
            .properties(database());

    assertThatThrownBy(() -> gateway.run().close())
        .rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("admin");
  }
}
