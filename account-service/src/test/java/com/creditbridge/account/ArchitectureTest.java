package com.creditbridge.account;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.creditbridge.contracts.Identifiers;
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

  /**
   * The wire types are not the domain: contracts' records are built only by the publisher's mapper
   * ({@code snapshot}); elsewhere only the shared id rule ({@link Identifiers}) that the HTTP
   * readers apply. Ledger and store never see the wire at all.
   */
  @ArchTest
  static final ArchRule contractsRecordsOnlyAtThePublishingEdge =
      noClasses()
          .that()
          .resideOutsideOfPackage("..account.snapshot..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("com.creditbridge.contracts..")
                  .and(not(equivalentTo(Identifiers.class))));

  @ArchTest
  static final ArchRule ledgerAndStoreNeverSeeTheWire =
      noClasses()
          .that()
          .resideInAnyPackage("..account.ledger..", "..account.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.creditbridge.contracts..");

  /**
   * Use cases answer with outcomes ({@code Decision}, {@code Rejection}); only the web layer
   * (controllers and the views and mappings they use) turns them into RFC 9457 problems.
   */
  @ArchTest
  static final ArchRule problemsOnlyInTheWebLayer =
      noClasses()
          .that()
          .resideInAnyPackage("..account.ledger..", "..account.store..", "..account.snapshot..")
          .or()
          .haveNameMatching(
              ".*\\.(LedgerEventIngest|SingleEventBatches|NdjsonBatch|Rejection)(\\$.*)?")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.creditbridge.platform.problem..");
}
