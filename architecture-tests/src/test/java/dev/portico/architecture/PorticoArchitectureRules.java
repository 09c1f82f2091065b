package dev.portico.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The rules of {@code docs/architecture.md}, written once so that {@link ArchitectureTest} can hold
 * the real code base to them and {@link ArchitectureRulesBiteTest} can prove that each one fails on
 * a deliberate violation.
 *
 * <p>Field names are sentences, as in the reports ArchUnit prints.
 */
public final class PorticoArchitectureRules {

    static final String DOMAIN = "dev.portico.domain..";
    static final String APPLICATION = "dev.portico.application..";
    static final String ADAPTERS = "dev.portico.adapters..";
    static final String BOOTSTRAP = "dev.portico.bootstrap..";
    static final String JDK = "java..";

    /** Rule 1: the domain is plain Java, no Jackson, Jakarta, JDBI, jjwt, Dropwizard or Lombok. */
    public static final ArchRule domain_should_depend_only_on_the_jdk =
            classes()
                    .that().resideInAPackage(DOMAIN)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, DOMAIN)
                    .because("architecture.md rule 1: domain uses only java.*");

    /** Rule 2: use cases, ports and policies use nothing but the domain and the JDK. */
    public static final ArchRule application_should_depend_only_on_the_domain_and_the_jdk =
            classes()
                    .that().resideInAPackage(APPLICATION)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, DOMAIN, APPLICATION)
                    .because("architecture.md rule 2: application uses only domain and java.*");

    /** Rule 3: REST, persistence and quote feed adapters are plugged in side by side, never into each other. */
    public static final ArchRule adapters_should_not_depend_on_each_other =
            slices()
                    .matching("dev.portico.adapters.(*)..")
                    .namingSlices("adapter $1")
                    .should().notDependOnEachOther()
                    .because("architecture.md rule 3: no adapter module depends on another adapter module");

    /** Rule 4: adapters are wired in one place; the core receives ports through constructors. */
    public static final ArchRule only_bootstrap_should_reference_adapters =
            noClasses()
                    .that().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP)
                    .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
                    .because("architecture.md rule 4: only bootstrap references adapter classes");

    /**
     * Rule 5: feature packages ({@code link}, {@code quote}, {@code auth}, {@code token}...) form no
     * cycles, neither directly below a layer ({@code dev.portico.domain.link}) nor inside one adapter
     * ({@code dev.portico.adapters.rest.link}).
     */
    public static final ArchRule feature_packages_should_be_free_of_cycles =
            CompositeArchRule
                    .of(slices()
                            .matching("dev.portico.(*).(*)..")
                            .namingSlices("$1.$2")
                            .should().beFreeOfCycles())
                    .and(slices()
                            .matching("dev.portico.adapters.(*).(*)..")
                            .namingSlices("adapters.$1.$2")
                            .should().beFreeOfCycles())
                    .because("architecture.md rule 5: no cycles between feature packages in any module");

    /** Rule 6: REST to use case to port; a resource never holds a port, a JDBI handle, a connection or an HTTP client. */
    public static final ArchRule rest_adapters_should_reach_ports_only_through_use_cases =
            noClasses()
                    .that().resideInAPackage("dev.portico.adapters.rest..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.portico.application..port..",
                            "org.jdbi..",
                            "java.sql..",
                            "javax.sql..",
                            "java.net.http..")
                    .because("architecture.md rule 6: resources never talk to JDBI or to a feed directly:"
                            + " REST -> use case -> port");

    /**
     * Rules 1 and 2, sharpened: {@code java.sql}, {@code javax.sql} and {@code java.net.http} are
     * part of the JDK, yet a core that used them would be doing an adapter's work.
     */
    public static final ArchRule the_core_should_use_neither_jdbc_nor_the_jdk_http_client =
            noClasses()
                    .that().resideInAnyPackage(DOMAIN, APPLICATION)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "java.sql..",
                            "javax.sql..",
                            "java.net.http..")
                    .because("architecture.md rules 1 and 2: the core reaches databases and remote services"
                            + " only through ports");

    /**
     * The hexagon as a picture: the domain at the centre, the application around it, the adapters
     * around that, and bootstrap outside, the only layer that knows them all.
     */
    public static final ArchRule dependencies_should_point_inwards_from_bootstrap_to_the_domain =
            layeredArchitecture()
                    .consideringOnlyDependenciesInLayers()

                    .layer("Domain").definedBy(DOMAIN)
                    .layer("Application").definedBy(APPLICATION)
                    .layer("Adapters").definedBy(ADAPTERS)
                    .layer("Bootstrap").definedBy(BOOTSTRAP)

                    .whereLayer("Domain").mayNotAccessAnyLayer()
                    .whereLayer("Application").mayOnlyAccessLayers("Domain")
                    .whereLayer("Adapters").mayOnlyAccessLayers("Application", "Domain")
                    .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
                    .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()

                    .because("architecture.md: the core knows nothing of the adapters; bootstrap plugs them in");

    private PorticoArchitectureRules() {
    }
}
