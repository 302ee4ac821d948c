package com.creditbridge.gateway.people;

import com.creditbridge.gateway.people.decision.EmailAddress;
import com.creditbridge.gateway.people.decision.NewMember;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/members} (scope {@code admin}, checked by the filter): people with a credit role,
 * who see every account in the workspace.
 */
@RestController
@RequestMapping("/api/v1/members")
class MembersController {

  private final PeopleDirectory people;
  private final Clock clock;

  MembersController(PeopleDirectory people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  record PutRequest(String name, String role) {}

  record MemberView(
      String email,
      String name,
      String role,
      java.time.Instant addedAt,
      java.time.Instant updatedAt) {
    static MemberView of(PeopleDirectory.Member member) {
      return new MemberView(
          member.email(),
          member.name(),
          member.role().value(),
          member.addedAt(),
          member.updatedAt());
    }
  }

  @PutMapping(path = "/{email}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<MemberView>> put(@PathVariable String email, @RequestBody PutRequest body) {
    NewMember.Result result = NewMember.validate(email, body.name(), body.role());
    if (result instanceof NewMember.Result.Invalid invalid) {
      return Mono.error(
          ApiProblem.badRequest(
              "The member has invalid fields.",
              invalid.violations().stream()
                  .map(v -> new FieldProblem(v.field(), v.message()))
                  .toList()));
    }
    NewMember.Member member = ((NewMember.Result.Valid) result).member();
    return people
        .putMember(member, clock.instant())
        .flatMap(
            created ->
                people
                    .member(member.email())
                    .map(
                        stored ->
                            ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(MemberView.of(stored))));
  }

  @GetMapping
  Mono<Page<MemberView>> list() {
    return people.members().map(MemberView::of).collectList().map(items -> new Page<>(items, null));
  }

  @DeleteMapping("/{email}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> remove(@PathVariable String email) {
    var address = EmailAddress.parse(email);
    if (address.isEmpty()) {
      return Mono.error(notFound(email));
    }
    return people
        .removeMember(address.get())
        .flatMap(removed -> removed ? Mono.<Void>empty() : Mono.error(notFound(email)));
  }

  private static ApiProblem notFound(String email) {
    return ApiProblem.notFound("There is no member " + email + ".");
  }
}
