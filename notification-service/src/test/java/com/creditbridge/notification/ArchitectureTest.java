package com.creditbridge.notification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.Identifiers;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.contracts.Topics;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
              "..notification.change..",
              "..notification.webhook.signing..",
              "..notification.webhook.rules..",
              "..notification.email.content..",
              "..notification.escalation.signing..",
              "..notification.digest.activity..",
              "..notification.agreement.rules..",
              "..notification.feedback.signing..",
              "..notification.policychange.letters..",
              "..notification.datagaps.rules..",
              "..notification.meeting.rules..",
              "..notification.review.letters..",
              "..notification.replies.rules..",
              "..notification.wording.rules..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "org.springframework..",
                      "reactor..",
                      "io.r2dbc..",
                      "io.netty..",
                      "org.apache.kafka..",
                      "jakarta.mail..",
                      "com.creditbridge.platform..")
                  // the platform's one phrase rule is plain Java too, shared by every service
                  .and(not(resideInAPackage("com.creditbridge.platform.wording.."))));

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

  /**
   * The classes that meet the wire: the Kafka listeners, the translations of a hold event into the
   * service's {@code change.HoldChange} and of a review request's event into its {@code
   * change.ReviewChange}, the decoder of the stored event JSON, webhook delivery, which sends the
   * stored CloudEvent verbatim and publishes its own ping event, and the wording's event on its
   * topic. Nested classes belong to their outer class.
   */
  private static final DescribedPredicate<JavaClass> WIRE_EDGE =
      belongToAnyOf(
              edge("holdevents.HoldEventsListener"),
              edge("digest.AccountActivityListener"),
              edge("profile.AccountProfileListener"),
              edge("change.HoldEventTranslation"),
              edge("change.ReviewEventTranslation"),
              edge("change.StoredHoldEvents"),
              edge("webhook.WebhookDeliveries"),
              edge("webhook.WebhookSender"),
              edge("wording.WordingEvents"))
          .as("the wire edge classes");

  /**
   * Shared vocabulary, not wire shapes: the hold event type names (also the template keys and
   * webhook subscriptions), the account activity types, the topic names and the id rule.
   */
  private static final DescribedPredicate<JavaClass> VOCABULARY =
      belongToAnyOf(
              HoldEventType.class,
              ReviewEventType.class,
              AccountActivityType.class,
              Topics.class,
              Identifiers.class)
          .as("the shared vocabulary");

  /**
   * Emails, digests, escalations, welcomes and webhook filters think in {@code change.HoldChange};
   * only the edge reads or writes the contracts' records and their JSON mapping.
   */
  @ArchTest
  static final ArchRule onlyTheEdgeUsesTheWireContracts =
      noClasses()
          .that(not(WIRE_EDGE))
          .should()
          .dependOnClassesThat(
              resideInAPackage("com.creditbridge.contracts..").and(not(VOCABULARY)))
          .because("the wire records are translated at the edge into the service's own model");

  private static Class<?> edge(String name) {
    try {
      return Class.forName("com.creditbridge.notification." + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The edge class " + name + " is gone: update this test", e);
    }
  }
}
