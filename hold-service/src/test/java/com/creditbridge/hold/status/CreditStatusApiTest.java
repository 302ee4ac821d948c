package com.creditbridge.hold.status;

import com.creditbridge.hold.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The read side's answers when there is no decision to serve. */
class CreditStatusApiTest extends ServiceTest {

  @Test
  void answersNotFoundAsAProblemForAnAccountItHasNeverSeen() {
    web.get()
        .uri("/api/v1/accounts/{id}/credit-status", "never-seen")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(404)
        .jsonPath("$.title")
        .exists()
        .jsonPath("$.detail")
        .isEqualTo("No credit status for account never-seen");
  }

  @Test
  void rejectsAnAccountIdThatCannotExist() {
    web.get()
        .uri("/api/v1/accounts/{id}/credit-status", "a".repeat(65))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("accountId");
  }
}
