package com.creditbridge.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "com.creditbridge.gateway",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * Decisions are plain Java (auth, rate limits, keys, OpenAPI merge, request paths), so they can
   * be unit tested and reused without a running gateway.
   */
  @ArchTest
  static final ArchRule decisionsDependOnlyOnTheJdk =
      classes()
          .that()
          .resideInAPackage("com.creditbridge.gateway..decision..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "com.creditbridge.gateway..decision..",
              // platform's pure access rules (who sees which account), JDK only themselves
              "com.creditbridge.platform.access..");
}
