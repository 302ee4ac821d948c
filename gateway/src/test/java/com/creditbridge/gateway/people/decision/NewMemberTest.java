package com.creditbridge.gateway.people.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.platform.access.MemberRole;
import org.junit.jupiter.api.Test;

class NewMemberTest {

  @Test
  void acceptsACreditManagerWithANormalisedAddress() {
    var result = NewMember.validate("Mia@Example.com", " Mia Manager ", "credit-manager");

    assertThat(result)
        .isEqualTo(
            new NewMember.Result.Valid(
                new NewMember.Member(
                    new EmailAddress("mia@example.com"),
                    "Mia Manager",
                    MemberRole.CREDIT_MANAGER)));
  }

  @Test
  void namesEveryInvalidField() {
    var result = NewMember.validate("not-an-address", "", "sales-rep");

    assertThat(result).isInstanceOf(NewMember.Result.Invalid.class);
    assertThat(((NewMember.Result.Invalid) result).violations())
        .extracting(NewMember.Violation::field)
        .containsExactly("email", "name", "role");
  }

  @Test
  void refusesControlCharactersAndOversizeNames() {
    assertThat(NewMember.validate("a@b.c", "Mia\u0000", "credit-analyst"))
        .isInstanceOf(NewMember.Result.Invalid.class);
    assertThat(NewMember.validate("a@b.c", "M".repeat(201), "credit-analyst"))
        .isInstanceOf(NewMember.Result.Invalid.class);
    assertThat(NewMember.validate("a@b.c", "M".repeat(200), "credit-analyst"))
        .isInstanceOf(NewMember.Result.Valid.class);
  }

  @Test
  void refusesAMissingRole() {
    assertThat(NewMember.validate("a@b.c", "Mia", null))
        .isInstanceOf(NewMember.Result.Invalid.class);
  }
}
