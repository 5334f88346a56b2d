package org.sandtray;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

/**
 * The layers, kept honest: the core (domain, library, capture, vision, timeline, review, export) knows
 * nothing of the screen or the command line; the domain knows nothing of storage; library code
 * logs through SLF4J and never prints.
 */
@AnalyzeClasses(packages = "org.sandtray", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"org.sandtray.domain..", "org.sandtray.library..", "org.sandtray.capture..",
            "org.sandtray.vision..", "org.sandtray.timeline..", "org.sandtray.review..", "org.sandtray.export.."};

    @ArchTest
    static final ArchRule core_has_no_javafx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core must work without a screen (only org.sandtray.ui knows JavaFX)");

    @ArchTest
    static final ArchRule javafx_only_in_ui = noClasses().that().resideOutsideOfPackage("org.sandtray.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule core_does_not_know_ui_or_cli = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.sandtray.ui..", "org.sandtray.cli..", "picocli..");

    @ArchTest
    static final ArchRule domain_knows_no_storage = noClasses().that().resideInAPackage("org.sandtray.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sandtray.library..", "java.sql..", "org.bytedeco..");

    @ArchTest
    static final ArchRule no_printing_in_core = noClasses().that().resideInAnyPackage(CORE)
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("library code logs through SLF4J");

    @ArchTest
    static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_java_serialization = noClasses().should()
            .dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
            .because("stored data is SQLite, CSV, JSON and image files, never Java serialization");

    @ArchTest
    static final ArchRule product_has_no_bench_or_dev_code = noClasses()
            .should().resideInAnyPackage("..bench..", "org.sandtray.dev..")
            .orShould().haveSimpleNameEndingWith("Bench")
            .orShould().haveSimpleName("DevCommand")
            .orShould().haveSimpleName("LibraryGenerator")
            .because("benches, the library generator and dev soak belong to src/dev/java, not to the counselor's program");

    @ArchTest
    static final ArchRule opencv_never_opens_files_by_path = noClasses()
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("org.bytedeco.opencv.global.opencv_imgcodecs")))
                    .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("imread.*|imwrite.*|imcount"))))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.bytedeco.opencv.opencv_videoio.VideoCapture")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.bytedeco.opencv.opencv_videoio.VideoWriter")
            .because("OpenCV opens paths in the ANSI code page on Windows and fails on a folder named 沙盘: "
                    + "read and write bytes in Java, then imdecode/imencode");
}
