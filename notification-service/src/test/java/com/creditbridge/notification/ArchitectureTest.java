package com.creditbridge.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "com.creditbridge.notification",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Decisions stay plain Java, unit-testable without any framework. */
  @ArchTest
  static final ArchRule decisionsAreFreeOfFrameworks =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..notification.retry..",
              "..notification.webhook.signing..",
              "..notification.webhook.rules..",
              "..notification.email.content..",
              "..notification.escalation.signing..",
              "..notification.digest.activity..",
              "..notification.agreement.rules..",
              "..notification.feedback.signing..",
              "..notification.datagaps.rules..",
              "..notification.meeting.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "reactor..",
              "io.r2dbc..",
              "io.netty..",
              "org.apache.kafka..",
              "jakarta.mail..",
              "com.creditbridge.platform..");

  /** Features meet only through the few public classes meant for it. */
  @ArchTest
  static final ArchRule webhooksAndEmailDoNotDependOnEachOther =
      noClasses()
          .that()
          .resideInAPackage("..notification.webhook..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..notification.email..");

  @ArchTest
  static final ArchRule emailDoesNotDependOnWebhooks =
      noClasses()
          .that()
          .resideInAPackage("..notification.email..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..notification.webhook..");

  /**
   * HTTP stays at the edge: use cases answer outcomes (e.g. {@code webhook.EndpointOutcome}) and
   * only controllers turn them into problems. {@code webhook.PageCursor} reads a query parameter
   * and answers the platform's 400 for a cursor that is not ours.
   */
  @ArchTest
  static final ArchRule onlyControllersAnswerProblems =
      noClasses()
          .that()
          .haveSimpleNameNotEndingWith("Controller")
          .and()
          .doNotHaveFullyQualifiedName("com.creditbridge.notification.webhook.PageCursor")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.creditbridge.platform.problem.ApiProblem");
}
