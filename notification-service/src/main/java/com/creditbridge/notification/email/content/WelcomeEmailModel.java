package com.creditbridge.notification.email.content;

import java.util.List;

/**
 * What the welcome email can show: the working agreement, the policy in force in plain words, the
 * person's accounts now at risk (each as a hold email shows it) and where to sign in.
 *
 * @param agreement the working agreement's titled sections (none before one is written)
 * @param policy one plain sentence per policy rule ({@link PolicyWords})
 * @param signInUrl the workspace, where "Email me a sign-in link" starts a session
 */
public record WelcomeEmailModel(
    String personName,
    List<Section> agreement,
    boolean hasAgreement,
    List<String> policy,
    List<HoldEmailModel> atRisk,
    boolean hasAtRisk,
    String signInUrl) {

  /** One titled section of the working agreement. */
  public record Section(String title, String text) {}

  public WelcomeEmailModel {
    agreement = List.copyOf(agreement);
    policy = List.copyOf(policy);
    atRisk = List.copyOf(atRisk);
  }

  public static WelcomeEmailModel of(
      String personName,
      List<Section> agreement,
      List<String> policy,
      List<HoldEmailModel> atRisk,
      String signInUrl) {
    return new WelcomeEmailModel(
        personName == null || personName.isBlank() ? "there" : personName,
        agreement,
        !agreement.isEmpty(),
        policy,
        atRisk,
        !atRisk.isEmpty(),
        signInUrl);
  }
}
