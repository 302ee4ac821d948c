package com.creditbridge.gateway.workspace.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingTeamTest {

  private static final String ME = "mona@example.com";

  @Test
  void withNothingChosenThePersonSeesTheTeamTheyManage() {
    MeetingTeam team = MeetingTeam.choose(null, "  ", ME);

    assertThat(team).isEqualTo(new MeetingTeam.Asked(ME, null));
    MeetingTeam.Asked asked = (MeetingTeam.Asked) team;
    assertThat(asked.query()).isEqualTo("salesManagerEmail=mona%40example.com");
    assertThat(asked.ownTeam("Mona@Example.com")).isTrue();
  }

  @Test
  void aChosenRepOrManagerIsAskedForStrippedAndEncoded() {
    MeetingTeam.Asked rep = (MeetingTeam.Asked) MeetingTeam.choose("", " rep-17 ", ME);
    MeetingTeam.Asked boss = (MeetingTeam.Asked) MeetingTeam.choose("a+b@x.com", null, ME);

    assertThat(rep.query()).isEqualTo("salesRepId=rep-17");
    assertThat(rep.ownTeam(ME)).isFalse();
    assertThat(boss.query()).isEqualTo("salesManagerEmail=a%2Bb%40x.com");
    assertThat(boss.ownTeam(ME)).isFalse();
  }

  @Test
  void bothChosenAreForwardedSoTheApiSaysWhatIsWrong() {
    MeetingTeam.Asked both = (MeetingTeam.Asked) MeetingTeam.choose("b@x.com", "r&1", ME);

    assertThat(both.query()).isEqualTo("salesManagerEmail=b%40x.com&salesRepId=r%261");
  }

  @Test
  void anOverlongOrControlCharacterChoiceIsNotForwarded() {
    assertThat(MeetingTeam.choose("x".repeat(255), null, ME))
        .isInstanceOf(MeetingTeam.Unreadable.class);
    assertThat(MeetingTeam.choose(null, "rep\n1", ME)).isInstanceOf(MeetingTeam.Unreadable.class);
    assertThat(MeetingTeam.choose("x".repeat(254), null, ME)).isInstanceOf(MeetingTeam.Asked.class);
  }
}
