package com.creditbridge.account;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "com.creditbridge.account",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The ledger's decisions stay pure: unit-testable without a framework, a database or time. */
  @ArchTest
  static final ArchRule ledgerDomainIsFrameworkFree =
      noClasses()
          .that()
          .resideInAPackage("..account.ledger..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "reactor..",
              "io.r2dbc..",
              "tools.jackson..",
              "com.fasterxml..",
              "org.apache.kafka..",
              "com.creditbridge.platform..",
              "com.creditbridge.account.ingest..",
              "com.creditbridge.account.store..",
              "com.creditbridge.account.snapshot..",
              "com.creditbridge.account.accounts..");

  /** Adapters call the domain, never the other way; reads and writes don't call each other. */
  @ArchTest
  static final ArchRule readsDoNotDependOnIngest =
      noClasses()
          .that()
          .resideInAPackage("..account.accounts..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..account.ingest..");
}
