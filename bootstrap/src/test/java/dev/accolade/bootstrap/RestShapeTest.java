package dev.accolade.bootstrap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.application.Accolade;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;

/**
 * The HTTP adapter's shape: routes are handed the use cases they call, and the dialects map wire
 * formats without deciding rules or knowing each other.
 */
@AnalyzeClasses(packages = "dev.accolade", importOptions = ImportOption.DoNotIncludeTests.class)
class RestShapeTest {

    private static final String REST = "dev.accolade.adapter.in..";
    private static final String DIALECTS = "dev.accolade.adapter.in.rest.compat..";

    @ArchTest
    static final ArchRule only_the_server_wiring_knows_the_entry_point = noClasses().that().resideInAPackage(REST)
            .and().doNotBelongToAnyOf(RestServer.class)
            .should().dependOnClassesThat().belongToAnyOf(Accolade.class)
            .because("a route or dialect class receives the use cases it calls, and only RestServer wires them");

    @ArchTest
    static final ArchRule inbound_adapters_use_no_application_internals = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat(resideInAPackage("dev.accolade.application.shared..")
                    .or(resideInAPackage("dev.accolade.application..").and(simpleNameEndingWith("Wiring"))))
            .because("adapters reach the core through its use cases only");

    @ArchTest
    static final ArchRule dialects_do_not_depend_on_each_other = slices()
            .matching("dev.accolade.adapter.in.rest.compat.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule dialects_decide_no_ownership_or_visibility = noClasses().that()
            .resideInAPackage(DIALECTS)
            .should().callMethod(Issuer.class, "isOwnedBy", MemberId.class)
            .orShould().callMethod(Template.class, "publicView")
            .orShould().callMethod(Offer.class, "recipientView")
            .because("who may act for an issuer and who may see what is decided once, in the application");

    @ArchTest
    static final ArchRule dialects_log_no_failures_themselves = noClasses().that().resideInAPackage(DIALECTS)
            .should().dependOnClassesThat().resideInAPackage("org.slf4j..")
            .because("the one handler of unexpected failures logs them, with their error id");
}
