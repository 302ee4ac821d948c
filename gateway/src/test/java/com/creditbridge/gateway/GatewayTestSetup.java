package com.creditbridge.gateway;

import com.creditbridge.infrastructure.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What every gateway integration test needs: its database, the admin key, the credential. */
final class GatewayTestSetup {

  static final String DATABASE = "gateway_it";
  static final String INTERNAL_CREDENTIAL = "test-internal-credential-81c3";

  private GatewayTestSetup() {}

  static void database(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties(DATABASE)
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  static void common(DynamicPropertyRegistry registry) {
    database(registry);
    registry.add("creditbridge.gateway.admin-key", () -> GatewayClient.ADMIN_KEY);
    registry.add("creditbridge.internal.credential", () -> INTERNAL_CREDENTIAL);
  }
}
