package dev.accolade.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The application's shape: a package per feature holding its facade, use cases and package-private
 * services; inbound ports that know nothing of the outbound ones; no package too large to read.
 */
@AnalyzeClasses(packages = "dev.accolade", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationShapeTest {

    /** The packages that are not features: the entry point, shared values, ports, shared helpers, defaults. */
    private static final String[] NOT_FEATURES = {"dev.accolade.application", "dev.accolade.application.paging",
        "dev.accolade.application.port..", "dev.accolade.application.shared", "dev.accolade.application.support"};
    private static final int MAX_PACKAGE_SIZE = 25;

    @ArchTest
    static final ArchRule inbound_ports_are_use_cases_and_the_facades_that_group_them = classes().that()
            .resideInAPackage("dev.accolade.application..").and().resideOutsideOfPackages(NOT_FEATURES)
            .and().areInterfaces().and().areTopLevelClasses()
            .should(beAUseCaseOrAFacadeOfUseCases())
            .because("a feature's facade groups that feature's use cases and nothing else");

    @ArchTest
    static final ArchRule use_cases_are_implemented_by_package_private_services = classes()
            .that(implementA("UseCase"))
            .should().haveSimpleNameEndingWith("Service").andShould().notBePublic()
            .andShould().resideOutsideOfPackages(NOT_FEATURES)
            .because("a feature's services sit with its use cases, and only its wiring builds them");

    @ArchTest
    static final ArchRule inbound_ports_know_nothing_of_outbound_ports = noClasses().that()
            .resideInAPackage("dev.accolade.application..").and().resideOutsideOfPackages(NOT_FEATURES)
            .and().arePublic().and().haveSimpleNameNotEndingWith("Wiring")
            .should().dependOnClassesThat().resideInAPackage("dev.accolade.application.port.out..")
            .because("use cases, facades and the commands, queries and results they take and give (port.in) are"
                    + " written in the domain's terms; only services and their wiring see port.out");

    @ArchTest
    static final ArchRule shared_inbound_values_know_nothing_of_outbound_ports = noClasses().that()
            .resideInAPackage("dev.accolade.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("dev.accolade.application.port.out..");

    @ArchTest
    static final ArchRule features_are_wired_only_by_the_entry_point = classes().that()
            .haveSimpleNameEndingWith("Wiring").and().resideInAPackage("dev.accolade.application..")
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("dev.accolade.application");

    @Test
    void no_package_of_the_application_holds_more_than_25_classes() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.accolade.application");
        Map<String, Long> sizes = main.stream().filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));

        assertThat(sizes).allSatisfy((name, size) -> assertThat(size).as(name).isLessThanOrEqualTo(MAX_PACKAGE_SIZE));
    }

    private static ArchCondition<JavaClass> beAUseCaseOrAFacadeOfUseCases() {
        return new ArchCondition<>("be a use case or a facade that only extends use cases") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean facade = !type.getRawInterfaces().isEmpty() && type.getMethods().isEmpty()
                        && type.getRawInterfaces().stream()
                                .allMatch(parent -> parent.getSimpleName().endsWith("UseCase"));
                if (!type.getSimpleName().endsWith("UseCase") && !facade) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is neither"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> implementA(String suffix) {
        return DescribedPredicate.describe("implement a " + suffix, javaClass -> !javaClass.isInterface()
                && javaClass.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith(suffix)));
    }
}
