package com.creditbridge.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonHeadersTest {

  @Test
  void noPersonHeaderIsAnApiClient() {
    assertThat(PersonHeaders.read(List.of(), List.of(), List.of())).isEqualTo(Viewer.API_CLIENT);
  }

  @Test
  void readsEmailRolesAndEncodedName() {
    Viewer viewer =
        PersonHeaders.read(
            List.of("Dana@Example.com"),
            List.of("credit-analyst, credit-manager"),
            List.of(PersonHeaders.encodeName("Dana Żółć-O'Neil")));

    assertThat(viewer)
        .isEqualTo(
            new Viewer.Person(
                "dana@example.com",
                "Dana Żółć-O'Neil",
                Set.of(MemberRole.CREDIT_ANALYST, MemberRole.CREDIT_MANAGER)));
  }

  @Test
  void aPersonWithoutRolesOrNameIsNamedByEmail() {
    Viewer.Person person =
        (Viewer.Person) PersonHeaders.read(List.of("rep@example.com"), List.of(""), List.of());

    assertThat(person.roles()).isEmpty();
    assertThat(person.who()).isEqualTo("rep@example.com");
  }

  @Test
  void anUnknownRoleIsIgnored() {
    Viewer.Person person =
        (Viewer.Person)
            PersonHeaders.read(
                List.of("a@example.com"), List.of("admin,credit-analyst,CEO"), List.of());

    assertThat(person.roles()).containsExactly(MemberRole.CREDIT_ANALYST);
  }

  @Test
  void twoEmailHeaderValuesAreRefused() {
    assertThatThrownBy(
            () ->
                PersonHeaders.read(List.of("a@example.com", "b@example.com"), List.of(), List.of()))
        .isInstanceOfSatisfying(
            InvalidPersonHeaders.class, e -> assertThat(e.header()).isEqualTo(PersonHeaders.EMAIL));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@example.com,b@example.com",
        "a@example.com b@example.com",
        "a@example.com;b@example.com",
        "A <a@example.com>",
        "not-an-email",
        "a@b@example.com",
        ""
      })
  void aValueThatIsNotOneEmailIsRefused(String email) {
    assertThatThrownBy(() -> PersonHeaders.read(List.of(email), List.of(), List.of()))
        .isInstanceOf(InvalidPersonHeaders.class);
  }

  @Test
  void twoRolesHeaderValuesAreRefusedRatherThanMerged() {
    assertThatThrownBy(
            () ->
                PersonHeaders.read(
                    List.of("a@example.com"),
                    List.of("credit-analyst", "credit-manager"),
                    List.of()))
        .isInstanceOfSatisfying(
            InvalidPersonHeaders.class, e -> assertThat(e.header()).isEqualTo(PersonHeaders.ROLES));
  }

  @Test
  void rolesWithoutAPersonAreRefusedRatherThanReadAsAnApiClient() {
    assertThatThrownBy(() -> PersonHeaders.read(List.of(), List.of("credit-manager"), List.of()))
        .isInstanceOf(InvalidPersonHeaders.class);
    assertThatThrownBy(() -> PersonHeaders.read(List.of(), List.of(), List.of("Dana")))
        .isInstanceOf(InvalidPersonHeaders.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%ZZ", "Dana%0AX-Injected", "Dana%00"})
  void aNameThatIsNotCleanEncodedTextIsRefused(String name) {
    assertThatThrownBy(() -> PersonHeaders.read(List.of("a@example.com"), List.of(), List.of(name)))
        .isInstanceOfSatisfying(
            InvalidPersonHeaders.class, e -> assertThat(e.header()).isEqualTo(PersonHeaders.NAME));
  }

  @Test
  void aBlankNameFallsBackToTheEmail() {
    Viewer.Person person =
        (Viewer.Person) PersonHeaders.read(List.of("a@example.com"), List.of(), List.of("+"));

    assertThat(person.who()).isEqualTo("a@example.com");
  }

  @Test
  void anApiClientCarriesTheScopesItsKeyHolds() {
    Viewer viewer =
        PersonHeaders.read(List.of(), List.of(), List.of(), List.of("sales:write, credit:read"));

    assertThat(viewer).isEqualTo(new Viewer.ApiClient(Set.of("sales:write", "credit:read")));
    Viewer.ApiClient client = (Viewer.ApiClient) viewer;
    assertThat(client.scopesKnown()).isTrue();
    assertThat(client.holds("sales:write")).isTrue();
    assertThat(client.holds("credit:write")).isFalse();
  }

  @Test
  void adminImpliesEveryScopeAndNoHeaderMeansTheScopesWereNotSaid() {
    Viewer.ApiClient admin =
        (Viewer.ApiClient) PersonHeaders.read(List.of(), List.of(), List.of(), List.of("admin"));

    assertThat(admin.holds("credit:write")).isTrue();
    assertThat(Viewer.API_CLIENT.scopesKnown()).isFalse();
    assertThat(Viewer.API_CLIENT.holds("credit:write")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "credit:write,", "credit:write;admin", "Credit:Write", "a:b:c"})
  void keyScopesThatAreNotAListOfScopeNamesAreRefused(String scopes) {
    assertThatThrownBy(() -> PersonHeaders.read(List.of(), List.of(), List.of(), List.of(scopes)))
        .isInstanceOfSatisfying(
            InvalidPersonHeaders.class,
            e -> assertThat(e.header()).isEqualTo(PersonHeaders.KEY_SCOPES));
  }

  @Test
  void keyScopesSentTwiceOrWithAPersonAreRefused() {
    assertThatThrownBy(
            () ->
                PersonHeaders.read(
                    List.of(), List.of(), List.of(), List.of("credit:read", "admin")))
        .isInstanceOf(InvalidPersonHeaders.class);
    assertThatThrownBy(
            () ->
                PersonHeaders.read(
                    List.of("a@example.com"), List.of(), List.of(), List.of("credit:write")))
        .isInstanceOfSatisfying(
            InvalidPersonHeaders.class,
            e -> assertThat(e.header()).isEqualTo(PersonHeaders.KEY_SCOPES));
  }
}
