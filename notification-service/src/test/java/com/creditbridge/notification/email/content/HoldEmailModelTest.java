package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.change.HoldChange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldEmailModelTest {

  @Test
  void amountsKeepTheirOwnDecimals() {
    assertThat(HoldEmailModel.money(new BigDecimal("1234567.50"), "EUR"))
        .isEqualTo("1,234,567.50 EUR");
    assertThat(HoldEmailModel.money(new BigDecimal("150000"), "JPY")).isEqualTo("150,000 JPY");
  }

  @Test
  void everyLinkOpensAWorkspacePageThroughThePublicUrl() {
    assertThat(WorkspaceLinks.accountPage("http://127.0.0.1:8080/", "acme:eu-1"))
        .isEqualTo("http://127.0.0.1:8080/app/accounts/acme%3Aeu-1");
    assertThat(WorkspaceLinks.home("http://127.0.0.1:8080//"))
        .isEqualTo("http://127.0.0.1:8080/app/");
    assertThat(WorkspaceLinks.acknowledgement("https://cb.example.com", "a.b+c/d="))
        .isEqualTo("https://cb.example.com/app/acknowledge?token=a.b%2Bc%2Fd%3D");
  }

  @Test
  void templatesWrittenBeforeTheWorkspaceLinkTheAccountPageToo() {
    HoldEmailModel model = HoldEmailModel.of(HoldEmails.placed(), "https://cb.example.com");

    assertThat(model.accountUrl()).isEqualTo("https://cb.example.com/app/accounts/acme");
    assertThat(model.timelineUrl()).isEqualTo(model.accountUrl());
  }

  @Test
  void aZeroCureAmountIsNotOffered() {
    var released = HoldEmails.placed();
    var data =
        new HoldChange(
            released.accountId(),
            released.accountName(),
            HoldChange.AccountStatus.CLEAR,
            List.of(),
            null,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            "EUR",
            HoldEmails.RITA,
            HoldEmails.CARL,
            null,
            null,
            null,
            null);

    HoldEmailModel model = HoldEmailModel.of(data, "http://127.0.0.1:8080");

    assertThat(model.hasCureAmount()).isFalse();
    assertThat(model.hasReasons()).isFalse();
  }
}
