package com.creditbridge.gateway.workspace;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import com.creditbridge.gateway.workspace.decision.ReviewButtons;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The account page's review forms: "Request review", and "Approve" or "Decline" of the open
 * request. Each becomes one call of the hold-service's review API as the signed-in person (who asks
 * or decides is the person, never a form field); what the service refuses (a second open request,
 * 409; a person who may not decide, 403) is shown on the page and nothing changes.
 */
@Controller
class ReviewFormsController {

  private static final Pattern REVIEW_ID = Pattern.compile("[0-9a-f-]{36}");

  private final ServiceCalls services;
  private final Pages pages;
  private final AccountPage accountPage;

  ReviewFormsController(ServiceCalls services, Pages pages, AccountPage accountPage) {
    this.services = services;
    this.pages = pages;
    this.accountPage = accountPage;
  }

  @PostMapping("/app/accounts/{accountId}/reviews")
  Mono<Rendering> ask(@PathVariable String accountId, ServerWebExchange exchange) {
    if (!Identifiers.isValid(accountId)) {
      return Mono.just(pages.notFound(SignedInPerson.of(exchange)));
    }
    return post(
        exchange,
        accountId,
        "/api/v1/accounts/" + accountId + "/review-requests",
        ReviewButtons::requestBody);
  }

  @PostMapping("/app/accounts/{accountId}/reviews/{reviewId}")
  Mono<Rendering> decide(
      @PathVariable String accountId, @PathVariable String reviewId, ServerWebExchange exchange) {
    if (!Identifiers.isValid(accountId) || !REVIEW_ID.matcher(reviewId).matches()) {
      return Mono.just(pages.notFound(SignedInPerson.of(exchange)));
    }
    return post(
        exchange,
        accountId,
        "/api/v1/review-requests/" + reviewId + "/decisions",
        ReviewButtons::decisionBody);
  }

  private Mono<Rendering> post(
      ServerWebExchange exchange,
      String accountId,
      String apiPath,
      Function<Map<String, String>, Map<String, Object>> body) {
    SignedInPerson me = SignedInPerson.of(exchange);
    return exchange
        .getFormData()
        .flatMap(
            form -> services.post(Service.HOLD, apiPath, body.apply(form.toSingleValueMap()), me))
        .flatMap(answer -> accountPage.answered(accountId, "review", me, answer))
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }
}
