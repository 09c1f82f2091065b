package dev.portico.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.portico.application.port.CallbackPort;

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
    static final String REST = "dev.portico.adapters.rest..";
    static final String PORTS = "dev.portico.application..port..";

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

    /**
     * Rule 3: the adapter modules (REST, persistence, quote feed, security, rate limit: one slice per
     * {@code dev.portico.adapters.<module>}) are plugged in side by side, never into each other.
     */
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

    /**
     * Rule 6: REST to use case to port; a resource never holds a port, a JDBI handle, a connection or an
     * HTTP client. The one way the REST adapter may touch a port is to implement a callback port (one
     * marked {@link CallbackPort}, which the core calls back through, as the stream hub calls a socket):
     * implementing it, not holding, calling or extending anything else in a port package.
     */
    public static final ArchRule rest_adapters_should_reach_ports_only_through_use_cases =
            CompositeArchRule
                    .of(noClasses()
                            .that().resideInAPackage(REST)
                            .should().dependOnClassesThat().resideInAnyPackage(
                                    "org.jdbi..",
                                    "java.sql..",
                                    "javax.sql..",
                                    "java.net.http.."))
                    .and(classes()
                            .that().resideInAPackage(REST)
                            .should(touchPortsOnlyByImplementingACallbackPort()))
                    .because("architecture.md rule 6: resources never talk to JDBI or to a feed directly:"
                            + " REST -> use case -> port; REST implements a callback port and touches no other");

    /**
     * Rule 6's loophole closed: an interface of the application that an adapter implements is a port and
     * lives in a port package, so no port escapes rule 6 by living beside the use cases.
     */
    public static final ArchRule adapters_should_implement_only_ports_of_the_application =
            classes()
                    .that().resideInAPackage(ADAPTERS)
                    .should(implementApplicationInterfacesOnlyFrom(PORTS))
                    .because("architecture.md rule 6: what an adapter implements of the core is a port,"
                            + " in a port package");

    /**
     * Rule 7, rules 1 and 2 sharpened: {@code java.sql}, {@code javax.sql} and {@code java.net.http} are
     * part of the JDK, yet a core that used them would be doing an adapter's work.
     */
    public static final ArchRule the_core_should_use_neither_jdbc_nor_the_jdk_http_client =
            noClasses()
                    .that().resideInAnyPackage(DOMAIN, APPLICATION)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "java.sql..",
                            "javax.sql..",
                            "java.net.http..")
                    .because("architecture.md rule 7: the core reaches databases and remote services"
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

    private static ArchCondition<JavaClass> touchPortsOnlyByImplementingACallbackPort() {
        return new ArchCondition<>("touch a port only by implementing a callback port") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (!target.getPackageName().startsWith("dev.portico.application.")
                            || !target.getPackageName().matches(".*\\.port(\\..*)?")) {
                        continue;
                    }
                    boolean implementsCallback = dependency.getOriginClass().getRawInterfaces().contains(target)
                            && dependency.getDescription().contains(" implements ")
                            && target.isAnnotatedWith(CallbackPort.class);
                    if (!implementsCallback) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> implementApplicationInterfacesOnlyFrom(String ports) {
        return new ArchCondition<>("implement interfaces of the application only from " + ports) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaClass implemented : item.getAllRawInterfaces()) {
                    if (implemented.getPackageName().startsWith("dev.portico.application.")
                            && !implemented.getPackageName().matches(".*\\.port(\\..*)?")) {
                        events.add(SimpleConditionEvent.violated(item, item.getName() + " implements "
                                + implemented.getName() + ", an interface outside the port packages"));
                    }
                }
            }
        };
    }

    private PorticoArchitectureRules() {
    }
}
