package com.creditbridge.gateway.people;

import com.creditbridge.gateway.people.decision.EmailAddress;
import com.creditbridge.gateway.people.decision.NewMember;
import com.creditbridge.platform.access.MemberRole;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The person and member tables: who CreditBridge knows by email. A person is anyone named on an
 * account; a member is added by an admin with a credit role.
 */
@Repository
public class PeopleDirectory {

  /** A person as the workspace sees them: a name to show and the roles that widen their view. */
  public record Profile(EmailAddress email, String name, List<MemberRole> roles) {}

  /** A member as the members API shows it. */
  public record Member(
      String email, String name, MemberRole role, Instant addedAt, Instant updatedAt) {}

  /** Someone named on an account, as learned from a snapshot. */
  public record Named(EmailAddress email, String name) {}

  private final DatabaseClient db;

  PeopleDirectory(DatabaseClient db) {
    this.db = db;
  }

  /** Upserts everyone named: the first sighting is kept, the latest name wins. */
  Mono<Void> learn(Collection<Named> people, Instant now) {
    if (people.isEmpty()) {
      return Mono.empty();
    }
    String[] emails = people.stream().map(p -> p.email().value()).toArray(String[]::new);
    String[] names = people.stream().map(Named::name).toArray(String[]::new);
    return db.sql(
            "insert into person (email, name, first_seen_at, updated_at)"
                + " select e, n, :now, :now from unnest(:emails::text[], :names::text[]) as t(e, n)"
                + " on conflict (email) do update set name = coalesce(excluded.name, person.name),"
                + " updated_at = excluded.updated_at")
        .bind("emails", emails)
        .bind("names", names)
        .bind("now", utc(now))
        .then();
  }

  /** Whether the address may receive a sign-in link: named on an account, or a member. */
  public Mono<Boolean> isKnown(EmailAddress email) {
    return db.sql(
            "select exists (select 1 from person where email = :e)"
                + " or exists (select 1 from member where email = :e) as known")
        .bind("e", email.value())
        .map(row -> Boolean.TRUE.equals(row.get("known", Boolean.class)))
        .one();
  }

  public Mono<Profile> profile(EmailAddress email) {
    return db.sql(
            "select coalesce(m.name, p.name) as name, m.role from (select :e::text as email) x"
                + " left join person p on p.email = x.email left join member m on m.email ="
                + " x.email")
        .bind("e", email.value())
        .map(
            row ->
                new Profile(
                    email,
                    Optional.ofNullable(row.get("name", String.class)).orElse(email.value()),
                    Optional.ofNullable(row.get("role", String.class))
                        .flatMap(MemberRole::of)
                        .map(List::of)
                        .orElse(List.of())))
        .one();
  }

  /** Adds or changes a member; true when the member is new. */
  Mono<Boolean> putMember(NewMember.Member member, Instant now) {
    return db.sql(
            "insert into member (email, name, role, added_at, updated_at)"
                + " values (:e, :n, :r, :now, :now) on conflict (email) do update set name ="
                + " excluded.name, role = excluded.role, updated_at = excluded.updated_at"
                + " returning (xmax = 0) as created")
        .bind("e", member.email().value())
        .bind("n", member.name())
        .bind("r", member.role().value())
        .bind("now", utc(now))
        .map(row -> Boolean.TRUE.equals(row.get("created", Boolean.class)))
        .one();
  }

  Mono<Member> member(EmailAddress email) {
    return db.sql("select * from member where email = :e")
        .bind("e", email.value())
        .map(PeopleDirectory::toMember)
        .one();
  }

  Flux<Member> members() {
    return db.sql("select * from member order by email").map(PeopleDirectory::toMember).all();
  }

  Mono<Boolean> removeMember(EmailAddress email) {
    return db.sql("delete from member where email = :e")
        .bind("e", email.value())
        .fetch()
        .rowsUpdated()
        .map(count -> count > 0);
  }

  private static Member toMember(Readable row) {
    return new Member(
        row.get("email", String.class),
        row.get("name", String.class),
        MemberRole.of(row.get("role", String.class)).orElseThrow(),
        row.get("added_at", OffsetDateTime.class).toInstant(),
        row.get("updated_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
