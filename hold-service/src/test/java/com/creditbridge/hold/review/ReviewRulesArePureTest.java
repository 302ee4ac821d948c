package com.creditbridge.hold.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Who may approve, and when two must, are decided without a framework: testable as above. */
class ReviewRulesArePureTest {

  @Test
  void reviewRulesDependOnNoSpringReactorR2dbcOrKafkaClass() {
    noClasses()
        .that()
        .resideInAPackage("com.creditbridge.hold.review..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.creditbridge.hold.review"));
  }
}
