package com.creditbridge.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountVisibilityTest {

  private static final AccountPeople ACCOUNT =
      new AccountPeople("Rep@Example.com", "analyst@example.com", "boss@example.com");

  private static Viewer.Person person(String email, MemberRole... roles) {
    return new Viewer.Person(email, null, Set.of(roles));
  }

  @Test
  void anApiClientSeesEveryAccount() {
    assertThat(AccountVisibility.sees(Viewer.API_CLIENT, ACCOUNT)).isTrue();
    assertThat(AccountVisibility.restrictedTo(Viewer.API_CLIENT)).isEmpty();
  }

  @Test
  void eachPersonTheAccountNamesSeesIt() {
    assertThat(AccountVisibility.sees(person("rep@example.com"), ACCOUNT)).isTrue();
    assertThat(AccountVisibility.sees(person("analyst@example.com"), ACCOUNT)).isTrue();
    assertThat(AccountVisibility.sees(person("boss@example.com"), ACCOUNT)).isTrue();
  }

  @Test
  void emailsMatchWhateverTheirCase() {
    assertThat(AccountVisibility.sees(person("REP@example.COM"), ACCOUNT)).isTrue();
  }

  @Test
  void someoneTheAccountDoesNotNameDoesNotSeeIt() {
    assertThat(AccountVisibility.sees(person("other.rep@example.com"), ACCOUNT)).isFalse();
    assertThat(AccountVisibility.sees(person("rep@example.co"), ACCOUNT)).isFalse();
  }

  @Test
  void anAccountWithoutAnalystOrManagerIsSeenOnlyByItsRep() {
    AccountPeople repOnly = new AccountPeople("rep@example.com", null, null);

    assertThat(AccountVisibility.sees(person("rep@example.com"), repOnly)).isTrue();
    assertThat(AccountVisibility.sees(person("analyst@example.com"), repOnly)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(MemberRole.class)
  void aMemberWithEitherRoleSeesEveryAccount(MemberRole role) {
    Viewer.Person member = person("member@example.com", role);

    assertThat(AccountVisibility.sees(member, ACCOUNT)).isTrue();
    assertThat(AccountVisibility.restrictedTo(member)).isEmpty();
  }

  @Test
  void aListForSomeoneWithoutRoleIsNarrowedToTheirEmail() {
    assertThat(AccountVisibility.restrictedTo(person("Rep@Example.com")))
        .contains("rep@example.com");
  }

  @Test
  void onlyCreditRolesDecideCreditAndOnlyTheManagerChangesThePolicy() {
    Viewer.Person rep = person("rep@example.com");
    Viewer.Person analyst = person("a@example.com", MemberRole.CREDIT_ANALYST);
    Viewer.Person manager = person("m@example.com", MemberRole.CREDIT_MANAGER);

    assertThat(CreditAuthority.mayDecideCredit(rep)).isFalse();
    assertThat(CreditAuthority.mayDecideCredit(analyst)).isTrue();
    assertThat(CreditAuthority.mayDecideCredit(manager)).isTrue();
    assertThat(CreditAuthority.mayDecideCredit(Viewer.API_CLIENT)).isTrue();
    assertThat(CreditAuthority.mayChangePolicy(rep)).isFalse();
    assertThat(CreditAuthority.mayChangePolicy(analyst)).isFalse();
    assertThat(CreditAuthority.mayChangePolicy(manager)).isTrue();
    assertThat(CreditAuthority.mayChangePolicy(Viewer.API_CLIENT)).isTrue();
  }

  @Test
  void aPersonIsNamedByNameElseByEmail() {
    assertThat(new Viewer.Person("a@example.com", "Ann Lee", Set.of()).who()).isEqualTo("Ann Lee");
    assertThat(new Viewer.Person("a@example.com", " ", Set.of()).who()).isEqualTo("a@example.com");
  }
}
