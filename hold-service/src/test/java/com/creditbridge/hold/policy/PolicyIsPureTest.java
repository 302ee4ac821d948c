package com.creditbridge.hold.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The policy is a pure function: no framework, no I/O, testable without Spring. */
class PolicyIsPureTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.creditbridge.hold");

  @Test
  void policyDependsOnNoSpringReactorR2dbcOrKafkaClass() {
    noClasses()
        .that()
        .resideInAPackage("com.creditbridge.hold.policy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "reactor..",
            "io.r2dbc..",
            "org.apache.kafka..",
            "tools.jackson..",
            "com.fasterxml.jackson..")
        .check(PRODUCTION);
  }

  @Test
  void policyDependsOnlyOnTheJdkAndTheContracts() {
    classes()
        .that()
        .resideInAPackage("com.creditbridge.hold.policy..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "com.creditbridge.hold.policy..", "com.creditbridge.contracts..")
        .check(PRODUCTION);
  }

  @Test
  void decisionRulesBesideThePolicyAreFrameworkFreeToo() {
    noClasses()
        .that()
        .haveFullyQualifiedName("com.creditbridge.hold.decision.DecisionPlanner")
        .or()
        .haveFullyQualifiedName("com.creditbridge.hold.action.ActionRules")
        .or()
        .haveFullyQualifiedName("com.creditbridge.hold.status.AtRiskCursor")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..")
        .check(PRODUCTION);
  }
}
