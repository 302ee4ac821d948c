package com.creditbridge.gateway.signin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The sign-in pages. Opening an emailed link only shows a "Sign in" button; the POST signs in, so a
 * mail scanner that follows links signs nobody in.
 */
@Controller
class SignInController {

  /** Where a form that came without its CSRF token ends, signed in or not. */
  static final String FORM_EXPIRED = "/app/form-expired";

  private final SignIn signIn;
  private final FormTokens formTokens;

  SignInController(SignIn signIn, FormTokens formTokens) {
    this.signIn = signIn;
    this.formTokens = formTokens;
  }

  @GetMapping("/app/sign-in")
  Rendering askForLink(@RequestParam(required = false) String next, ServerWebExchange exchange) {
    return Rendering.view("app/sign-in")
        .modelAttribute("csrf", formTokens.issue(exchange))
        .modelAttribute("next", next == null ? "" : next)
        .build();
  }

  @PostMapping("/app/sign-in")
  Mono<Rendering> sendLink(ServerWebExchange exchange) {
    return exchange
        .getFormData()
        .flatMap(
            form -> {
              if (!formTokens.accepts(exchange, form)) {
                return Mono.just(formExpired());
              }
              // the same page for every address; the email goes out behind it
              return signIn
                  .requestLink(form.getFirst("email"), form.getFirst("next"))
                  .thenReturn(Rendering.view("app/link-sent").build());
            });
  }

  @GetMapping("/app/sign-in/{token}")
  Mono<Rendering> confirm(@PathVariable String token, ServerWebExchange exchange) {
    return signIn
        .linkUsable(token)
        .map(
            usable ->
                usable
                    ? Rendering.view("app/confirm-sign-in")
                        .modelAttribute("csrf", formTokens.issue(exchange))
                        .modelAttribute("token", token)
                        .build()
                    : linkGone());
  }

  @PostMapping("/app/sign-in/{token}")
  Mono<Rendering> signIn(@PathVariable String token, ServerWebExchange exchange) {
    return exchange
        .getFormData()
        .flatMap(
            form -> {
              if (!formTokens.accepts(exchange, form)) {
                return Mono.just(formExpired());
              }
              return signIn
                  .signIn(token)
                  .map(
                      started -> {
                        exchange
                            .getResponse()
                            .addCookie(
                                ResponseCookie.from(Cookies.SESSION, started.cookieValue())
                                    .httpOnly(true)
                                    .sameSite("Lax")
                                    .secure(Cookies.secure(exchange))
                                    .path("/app")
                                    .maxAge(signIn.rules().cookieMaxAge())
                                    .build());
                        return Rendering.redirectTo(started.returnTo())
                            .status(HttpStatus.SEE_OTHER)
                            .build();
                      })
                  .defaultIfEmpty(linkGone());
            });
  }

  @PostMapping("/app/sign-out")
  Mono<Rendering> signOut(ServerWebExchange exchange) {
    var cookie = exchange.getRequest().getCookies().getFirst(Cookies.SESSION);
    Mono<Void> end = cookie == null ? Mono.empty() : signIn.signOut(cookie.getValue());
    return end.then(
        Mono.fromSupplier(
            () -> {
              exchange
                  .getResponse()
                  .addCookie(
                      ResponseCookie.from(Cookies.SESSION, "").path("/app").maxAge(0).build());
              return Rendering.redirectTo("/app/sign-in?signedOut")
                  .status(HttpStatus.SEE_OTHER)
                  .build();
            }));
  }

  private static Rendering linkGone() {
    return Rendering.view("app/link-gone").status(HttpStatus.GONE).build();
  }

  @GetMapping(FORM_EXPIRED)
  Rendering formExpired() {
    return Rendering.view("app/form-expired").status(HttpStatus.FORBIDDEN).build();
  }
}
