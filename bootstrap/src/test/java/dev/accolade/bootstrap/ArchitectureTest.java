package dev.accolade.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.accolade.application.port.out.StoreBusy;
import dev.accolade.domain.error.DomainException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;

/**
 * The dependency rule and the naming rules of DESIGN.md, checked on the production classes of every
 * module: domain ← application ← adapters ← bootstrap.
 */
@AnalyzeClasses(packages = "dev.accolade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "dev.accolade.domain..";
    private static final String APPLICATION = "dev.accolade.application..";

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_and_guava = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "com.google.common..")
            .because("the domain is a pure library with no framework in it");

    @ArchTest
    static final ArchRule the_domain_uses_no_database_or_http_api_of_the_jdk = noClasses().that()
            .resideInAPackage(DOMAIN).should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..");

    @ArchTest
    static final ArchRule the_application_knows_no_adapter_or_infrastructure = noClasses().that()
            .resideInAPackage(APPLICATION).should().dependOnClassesThat().resideInAnyPackage(
                    "dev.accolade.adapter..", "dev.accolade.bootstrap..", "io.javalin..", "org.eclipse.jetty..",
                    "org.jdbi..", "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.postgresql..", "org.hibernate..", "io.micrometer..", "io.prometheus..");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("dev.accolade.adapter.(*).(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule nothing_but_bootstrap_depends_on_bootstrap = noClasses().that()
            .resideOutsideOfPackage("dev.accolade.bootstrap..").should().dependOnClassesThat()
            .resideInAPackage("dev.accolade.bootstrap..");

    @ArchTest
    static final ArchRule exceptions_of_the_core_are_domain_exceptions = classes().that()
            .resideInAnyPackage(DOMAIN, APPLICATION).and().areAssignableTo(Throwable.class)
            .should().beAssignableTo(DomainException.class).orShould().be(StoreBusy.class)
            .because("adapters map broken rules by category; the one other failure the core may raise is a store"
                    + " that stayed busy past its retry budget, which every API answers as 503");

    @ArchTest
    static final ArchRule aggregates_are_built_through_their_factories = constructors().that()
            .areDeclaredInClassesThat().resideInAPackage(DOMAIN).and().areDeclaredInClassesThat().areNotRecords()
            .and().areDeclaredInClassesThat().areNotEnums()
            .and().areDeclaredInClassesThat().areNotAssignableTo(Throwable.class)
            .should().notBePublic()
            .because("aggregates have a private constructor, a factory for new ones and reconstitute() for loading");

    @ArchTest
    static final ArchRule outbound_ports_are_repositories_or_capabilities = classes().that()
            .resideInAPackage("dev.accolade.application.port.out..").and().areInterfaces()
            .should().haveSimpleNameEndingWith("Repository").orShould().haveSimpleNameEndingWith("Port")
            .orShould().haveSimpleName("StorePorts").orShould().haveSimpleName("StoreProvider");

    @ArchTest
    static final ArchRule only_the_jdbc_adapter_speaks_sql = noClasses().that()
            .resideOutsideOfPackages("dev.accolade.adapter.out.jdbc..", "dev.accolade.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.postgresql..", "com.zaxxer.hikari..", "org.flywaydb..");

    @ArchTest
    static final ArchRule only_the_http_client_adapter_opens_outbound_connections = noClasses().that()
            .resideOutsideOfPackage("dev.accolade.adapter.out.http..").should().dependOnClassesThat()
            .resideInAnyPackage("java.net.http..", "javax.net..", "com.sun.net.httpserver..").orShould()
            .dependOnClassesThat().belongToAnyOf(Socket.class, URL.class, URLConnection.class,
                    HttpURLConnection.class, InetAddress.class)
            .because("every outbound request goes through the URL guard of adapter-http-client");

    @ArchTest
    static final ArchRule the_http_client_adapter_depends_on_no_web_framework = noClasses().that()
            .resideInAPackage("dev.accolade.adapter.out.http..").should().dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule jdbc_repositories_are_named_for_jdbi = classes().that()
            .resideInAPackage("dev.accolade.adapter.out.jdbc..").and(implementA("Repository"))
            .should().haveSimpleNameStartingWith("Jdbi").andShould().haveSimpleNameEndingWith("Repository");

    private static DescribedPredicate<JavaClass> implementA(String suffix) {
        return DescribedPredicate.describe("implement a " + suffix, javaClass -> !javaClass.isInterface()
                && javaClass.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith(suffix)));
    }
}
