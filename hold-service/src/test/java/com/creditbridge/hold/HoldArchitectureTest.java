package com.creditbridge.hold;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.Identifiers;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.contracts.Topics;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The hold-service thinks in its own model: the wire records of the contracts are read and written
 * only at its edges (the Kafka listener and its translation, the publishers, the HTTP answers).
 */
class HoldArchitectureTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.creditbridge.hold");

  /**
   * The classes that translate between the wire and the model; nested classes (records of an
   * answer) belong to their outer class.
   */
  private static final DescribedPredicate<JavaClass> EDGE =
      belongToAnyOf(
              edge("decision.SnapshotListener"),
              edge("decision.PaymentStatusTranslation"),
              edge("decision.HoldEvents"),
              edge("decision.PolicySimulationService"),
              edge("action.NoteEvents"),
              edge("action.ReviewEvents"),
              edge("status.CreditStatusView"),
              edge("status.CreditStatusStore"))
          .as("the edge classes");

  /**
   * Shared vocabulary, not wire shapes: the status names, the hold and review event types, the id
   * rule and the topic the consumed events are recorded under.
   */
  private static final DescribedPredicate<JavaClass> VOCABULARY =
      belongToAnyOf(
              CreditStatus.class,
              HoldEventType.class,
              ReviewEventType.class,
              Identifiers.class,
              Topics.class)
          .as("the shared vocabulary");

  @Test
  void onlyTheEdgeUsesTheWireContracts() {
    noClasses()
        .that(not(EDGE))
        .should()
        .dependOnClassesThat(resideInAPackage("com.creditbridge.contracts..").and(not(VOCABULARY)))
        .because("the wire records are translated at the edge into the service's own model")
        .check(PRODUCTION);
  }

  @Test
  void theCoreNeverSeesTheLedgerSnapshotOfTheWire() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.creditbridge.hold.policy..",
            "com.creditbridge.hold.status..",
            "com.creditbridge.hold.action..",
            "com.creditbridge.hold.timeline..")
        .or(
            resideInAPackage("com.creditbridge.hold.decision..")
                .and(
                    not(
                        belongToAnyOf(
                            edge("decision.SnapshotListener"),
                            edge("decision.PaymentStatusTranslation")))))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.creditbridge.contracts.PaymentStatusChanged")
        .check(PRODUCTION);
  }

  private static Class<?> edge(String name) {
    try {
      return Class.forName("com.creditbridge.hold." + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The edge class " + name + " is gone: update this test", e);
    }
  }
}
