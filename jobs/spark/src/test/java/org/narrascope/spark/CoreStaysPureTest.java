package org.narrascope.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The architecture rule: pure logic never reaches Spark, Scala or Hadoop. Checked here, where they
 * are on the class path, so a dependency that slipped into core through a transitive jar is caught.
 */
class CoreStaysPureTest {
  private static final String[] CORE_PACKAGES = {
    "org.narrascope.corpus..",
    "org.narrascope.analysis..",
    "org.narrascope.index..",
    "org.narrascope.frames..",
    "org.narrascope.discovery..",
    "org.narrascope.stats..",
    "org.narrascope.report.."
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.narrascope");

  @Test
  void coreNeverReachesSparkScalaOrHadoop() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
        .check(classes);
  }

  @Test
  void coreNeverReachesTheSparkDriversOrTheCli() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.narrascope.spark..", "org.narrascope.cli..")
        .check(classes);
  }
}
