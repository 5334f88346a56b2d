package org.sandtray.library;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/** The layers issue 2 asks for: no JavaFX below the ui package, no console output from library code. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sandtray");
    }

    @Test
    void noJavaFxOutsideTheUi() {
        noClasses().that().resideOutsideOfPackages("org.sandtray.ui..").and().resideInAPackage("org.sandtray..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }

    @Test
    void libraryDomainAndTimelineCodeDoNotWriteToTheConsole() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes.that(
                com.tngtech.archunit.base.DescribedPredicate.describe("in library, domain or timeline",
                        c -> c.getPackageName().startsWith("org.sandtray.library") || c.getPackageName().startsWith("org.sandtray.domain")
                                || c.getPackageName().startsWith("org.sandtray.timeline") || c.getPackageName().startsWith("org.sandtray.review"))));
    }

    @Test
    void theDomainAndLibraryDoNotDependOnTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.sandtray.domain..", "org.sandtray.library..", "org.sandtray.timeline..",
                        "org.sandtray.review..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sandtray.cli..", "picocli..").check(classes);
        noClasses().that().resideInAPackage("org.sandtray.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sandtray.library..", "java.sql..").check(classes);
    }

    /** Every sealed column is read and written through the library's field codec: no SQL outside the library package. */
    @Test
    void onlyTheLibraryTalksSql() {
        noClasses().that().resideOutsideOfPackages("org.sandtray.library..").and().resideInAPackage("org.sandtray..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..").check(classes);
    }

    @Test
    void theReviewCoreReadsThroughTheLibraryNotSql() {
        noClasses().that().resideInAPackage("org.sandtray.review..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sandtray.ui..").check(classes);
    }
}
