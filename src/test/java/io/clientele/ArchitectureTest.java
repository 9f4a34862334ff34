package io.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.base.security.Roles;
import io.clientele.client.Client;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The shape the conventions promise, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.clientele");

    @Test
    void the_base_kernel_imports_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("io.clientele.base..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "io.clientele.base..",
                        "java..",
                        // The JDK's HMAC (base.security.DeviceCookie).
                        "javax.crypto..",
                        // The JDK's image codecs (base.domain.LogoImage: logo checks and thumbnails).
                        "javax.imageio..",
                        "jakarta..",
                        "org..",
                        "com..",
                        "kotlin..",
                        "net.sf.jasperreports..",
                        // JDBC's DataSource: the reports' replica (base.reporting.ReportingDatabase) and the jobs'
                        // lock table (base.jobs.JobLocks, ShedLock) - issue 18.
                        "javax.sql..",
                        "net.javacrumbs.shedlock..")
                .check(CLASSES);
    }

    /** Features depend on each other one way only; two that need each other talk through an extension point. */
    @Test
    void feature_packages_form_no_cycle() {
        slices().matching("io.clientele.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * The client keeps the settings rows it uses (payment terms, lead source) as ids, as it keeps its owner: the
     * settings feature owns those tables, and no client query joins them.
     */
    @Test
    void the_client_references_settings_rows_by_id() {
        noFields()
                .that()
                .areDeclaredIn(Client.class)
                .should()
                .haveRawType(JavaClass.Predicates.resideInAPackage("io.clientele.settings.."))
                .check(CLASSES);
    }

    /**
     * A feature's tables are read and written by its repositories and {@code *Queries} classes only; services and
     * extension implementations ask those. Elsewhere the EntityManager may only manage the persistence context of a
     * long batch (flush, clear, detach: the import and the client book export), never query or write. The demo seeder
     * is the exception: it writes every table in bulk, by design with plain SQL.
     */
    @Test
    void only_repositories_and_queries_classes_query_or_write_through_the_entity_manager() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and()
                .haveSimpleNameNotEndingWith("Queries")
                .and()
                .resideOutsideOfPackage("io.clientele.demo..")
                .should()
                .callMethodWhere(JavaCall.Predicates.target(
                                HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(EntityManager.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "(?!flush$|clear$|detach$|contains$|getReference$).*"))))
                .check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_package_private() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void services_never_import_vaadin() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void every_route_carries_an_explicit_access_annotation() {
        var routes =
                CLASSES.stream().filter(c -> c.isAnnotatedWith(Route.class)).toList();
        assertThat(routes).isNotEmpty();
        for (var route : routes) {
            assertThat(route.isAnnotatedWith(RolesAllowed.class)
                            || route.isAnnotatedWith(PermitAll.class)
                            || route.isAnnotatedWith(AnonymousAllowed.class)
                            || route.isAnnotatedWith(DenyAll.class))
                    .as(route.getName() + " has an access annotation")
                    .isTrue();
        }
    }

    /**
     * The Client Center's only door to data: every public method takes no client (the client is always the caller's,
     * read from the login) and is one PortalServiceAccessTest's matrix exercises. A new method fails here until it
     * is added to the matrix below and to that test.
     */
    @Test
    void every_portal_service_method_is_scoped_to_the_callers_client_and_in_the_access_matrix() {
        Set<String> matrix = Set.of(
                "dashboard",
                "sections",
                "invoices",
                "countInvoices",
                "invoice",
                "quotes",
                "countQuotes",
                "quote",
                "quoteState",
                "acceptQuote",
                "declineQuote",
                "payments",
                "countPayments",
                "payment",
                "projects",
                "countProjects",
                "project",
                "timeEntries",
                "countTimeEntries",
                "timeEntry",
                "invoicePdf",
                "quotePdf",
                "statementPdf",
                "creditNotes",
                "countCreditNotes",
                "creditNotePdf",
                "invoiceXml",
                "creditNoteXml",
                "supportRequests",
                "countSupportRequests",
                "supportRequest",
                "openSupportRequest",
                "replyToSupportRequest",
                "supportFile");
        var portal = PortalService.class;
        assertThat(portal.getAnnotation(RolesAllowed.class).value()).containsExactly(Roles.CLIENT);
        for (var method : portal.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            assertThat(matrix)
                    .as(method.getName() + " is in the portal access matrix")
                    .contains(method.getName());
            for (var parameter : method.getParameters()) {
                assertThat(parameter.getName().toLowerCase(Locale.ROOT))
                        .as(method + " takes no client")
                        .doesNotContain("client");
                assertThat(parameter.getType()).as(method + " takes no client").isNotEqualTo(Client.class);
            }
        }
    }
}
