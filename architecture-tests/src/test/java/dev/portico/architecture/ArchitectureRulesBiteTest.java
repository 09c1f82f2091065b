package dev.portico.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.portico.adapters.persistence.archfixture.AdapterReachingIntoBootstrap;
import dev.portico.adapters.persistence.archfixture.SomePersistenceAdapter;
import dev.portico.adapters.ratelimit.archfixture.LimiterUsingPersistenceAdapter;
import dev.portico.adapters.redis.archfixture.SharedStateUsingRateLimitAdapter;
import dev.portico.adapters.rest.archcyclea.RestCycleA;
import dev.portico.adapters.rest.archcycleb.RestCycleB;
import dev.portico.adapters.rest.archfixture.ResourceCallingACallbackPort;
import dev.portico.adapters.rest.archfixture.ResourceCallingAPort;
import dev.portico.adapters.rest.archfixture.ResourceImplementingAnOutPort;
import dev.portico.adapters.rest.archfixture.ResourceUsingADataSource;
import dev.portico.adapters.rest.archfixture.ResourceUsingJdbc;
import dev.portico.adapters.rest.archfixture.ResourceUsingJdbi;
import dev.portico.adapters.rest.archfixture.ResourceUsingPersistenceAdapter;
import dev.portico.adapters.rest.archfixture.ResourceUsingTheJdkHttpClient;
import dev.portico.adapters.rest.archfixture.SocketImplementingACallbackPort;
import dev.portico.adapters.rest.archfixture.SocketImplementingAListenerOutsideThePorts;
import dev.portico.application.archfixture.SomeListener;
import dev.portico.application.archfixture.UseCaseReferencingAnAdapter;
import dev.portico.application.archfixture.UseCaseUsingADataSource;
import dev.portico.application.archfixture.UseCaseUsingJdbc;
import dev.portico.application.archfixture.UseCaseUsingTheJdkHttpClient;
import dev.portico.application.archfixture.UseCaseUsingJdbi;
import dev.portico.application.archfixture.port.SomeCallbackPort;
import dev.portico.application.archfixture.port.SomePort;
import dev.portico.bootstrap.archfixture.SomeWiring;
import dev.portico.domain.archcyclea.CycleA;
import dev.portico.domain.archcycleb.CycleB;
import dev.portico.domain.archfixture.DomainClassCallingAUseCase;
import dev.portico.domain.archfixture.DomainClassReferencingAnAdapter;
import dev.portico.domain.archfixture.DomainClassUsingADataSource;
import dev.portico.domain.archfixture.DomainClassUsingJdbc;
import dev.portico.domain.archfixture.DomainClassUsingTheJdkHttpClient;
import dev.portico.domain.archfixture.DomainClassUsingJackson;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that every rule in {@link PorticoArchitectureRules} bites: each is evaluated against
 * deliberately broken fixture classes (test sources of this module, in packages that the rules
 * cover) and must report the offending fixture by name. A rule that passes here would pass on any
 * code base and protect nothing.
 */
class ArchitectureRulesBiteTest {

    private static final List<Class<?>> FIXTURES = List.of(
            DomainClassUsingJackson.class,
            DomainClassReferencingAnAdapter.class,
            DomainClassCallingAUseCase.class,
            DomainClassUsingJdbc.class,
            DomainClassUsingADataSource.class,
            DomainClassUsingTheJdkHttpClient.class,
            CycleA.class,
            CycleB.class,
            SomePort.class,
            SomeCallbackPort.class,
            SomeListener.class,
            UseCaseUsingJdbi.class,
            UseCaseReferencingAnAdapter.class,
            UseCaseUsingJdbc.class,
            UseCaseUsingADataSource.class,
            UseCaseUsingTheJdkHttpClient.class,
            SomePersistenceAdapter.class,
            AdapterReachingIntoBootstrap.class,
            SharedStateUsingRateLimitAdapter.class,
            ResourceUsingPersistenceAdapter.class,
            ResourceCallingAPort.class,
            ResourceUsingJdbi.class,
            ResourceUsingJdbc.class,
            ResourceUsingADataSource.class,
            ResourceUsingTheJdkHttpClient.class,
            ResourceImplementingAnOutPort.class,
            ResourceCallingACallbackPort.class,
            SocketImplementingACallbackPort.class,
            SocketImplementingAListenerOutsideThePorts.class,
            RestCycleA.class,
            RestCycleB.class,
            SomeWiring.class);

    private static final JavaClasses FIXTURE_CLASSES =
            new ClassFileImporter().importClasses(FIXTURES.toArray(Class<?>[]::new));

    @Test
    void a_domain_class_using_jackson_breaks_domain_should_depend_only_on_the_jdk() {
        assertThatRuleReports(
                PorticoArchitectureRules.domain_should_depend_only_on_the_jdk, DomainClassUsingJackson.class);
    }

    @Test
    void a_use_case_using_jdbi_breaks_application_should_depend_only_on_the_domain_and_the_jdk() {
        assertThatRuleReports(
                PorticoArchitectureRules.application_should_depend_only_on_the_domain_and_the_jdk,
                UseCaseUsingJdbi.class);
    }

    @Test
    void a_resource_using_a_persistence_adapter_breaks_adapters_should_not_depend_on_each_other() {
        assertThatRuleReports(
                PorticoArchitectureRules.adapters_should_not_depend_on_each_other,
                ResourceUsingPersistenceAdapter.class);
    }

    @Test
    void a_rate_limiter_using_a_persistence_adapter_breaks_adapters_should_not_depend_on_each_other() {
        EvaluationResult result = PorticoArchitectureRules.adapters_should_not_depend_on_each_other.evaluate(
                new ClassFileImporter().importClasses(LimiterUsingPersistenceAdapter.class, SomePersistenceAdapter.class));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(LimiterUsingPersistenceAdapter.class.getName()));
    }

    @Test
    void a_redis_adapter_using_the_rate_limit_adapter_breaks_adapters_should_not_depend_on_each_other() {
        EvaluationResult result = PorticoArchitectureRules.adapters_should_not_depend_on_each_other.evaluate(
                new ClassFileImporter().importClasses(SharedStateUsingRateLimitAdapter.class,
                        LimiterUsingPersistenceAdapter.class, SomePersistenceAdapter.class));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(SharedStateUsingRateLimitAdapter.class.getName()));
    }

    @Test
    void the_architecture_test_imports_every_adapter_module() {
        Set<String> packages = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.portico.adapters")
                .stream()
                .map(JavaClass::getPackageName)
                .map(name -> name.split("\\.")[3])
                .collect(Collectors.toSet());

        assertThat(packages).contains("rest", "persistence", "quotefeed", "security", "ratelimit", "redis");
    }

    @Test
    void a_domain_class_referencing_an_adapter_breaks_only_bootstrap_should_reference_adapters() {
        assertThatRuleReports(
                PorticoArchitectureRules.only_bootstrap_should_reference_adapters,
                DomainClassReferencingAnAdapter.class);
    }

    @Test
    void a_use_case_building_its_own_adapter_breaks_only_bootstrap_should_reference_adapters() {
        assertThatRuleReports(
                PorticoArchitectureRules.only_bootstrap_should_reference_adapters,
                UseCaseReferencingAnAdapter.class);
    }

    @Test
    void two_domain_feature_packages_in_a_cycle_break_feature_packages_should_be_free_of_cycles() {
        assertThatRuleReports(
                PorticoArchitectureRules.feature_packages_should_be_free_of_cycles, CycleA.class, CycleB.class);
    }

    @Test
    void two_rest_feature_packages_in_a_cycle_break_feature_packages_should_be_free_of_cycles() {
        assertThatRuleReports(
                PorticoArchitectureRules.feature_packages_should_be_free_of_cycles,
                RestCycleA.class,
                RestCycleB.class);
    }

    @ParameterizedTest(name = "{0} breaks rest_adapters_should_reach_ports_only_through_use_cases")
    @ValueSource(classes = {
        ResourceCallingAPort.class,
        ResourceUsingJdbi.class,
        ResourceUsingJdbc.class,
        ResourceUsingADataSource.class,
        ResourceUsingTheJdkHttpClient.class,
        ResourceImplementingAnOutPort.class,
        ResourceCallingACallbackPort.class
    })
    void a_resource_bypassing_the_use_cases_breaks_rest_adapters_should_reach_ports_only_through_use_cases(
            Class<?> resource) {
        assertThatRuleReports(PorticoArchitectureRules.rest_adapters_should_reach_ports_only_through_use_cases, resource);
    }

    @Test
    void a_socket_implementing_a_callback_port_is_the_one_port_dependency_rule_6_allows() {
        EvaluationResult result =
                PorticoArchitectureRules.rest_adapters_should_reach_ports_only_through_use_cases.evaluate(FIXTURE_CLASSES);

        assertThat(result.getFailureReport().getDetails())
                .noneSatisfy(line -> assertThat(line).contains(SocketImplementingACallbackPort.class.getName()));
    }

    @Test
    void an_adapter_implementing_an_interface_outside_the_ports_breaks_adapters_should_implement_only_ports() {
        assertThatRuleReports(
                PorticoArchitectureRules.adapters_should_implement_only_ports_of_the_application,
                SocketImplementingAListenerOutsideThePorts.class);
    }

    @ParameterizedTest(name = "{0} breaks the_core_should_use_neither_jdbc_nor_the_jdk_http_client")
    @ValueSource(classes = {
        DomainClassUsingJdbc.class,
        DomainClassUsingADataSource.class,
        DomainClassUsingTheJdkHttpClient.class,
        UseCaseUsingJdbc.class,
        UseCaseUsingADataSource.class,
        UseCaseUsingTheJdkHttpClient.class
    })
    void a_core_class_using_jdbc_or_the_jdk_http_client_breaks_the_core_should_use_neither_jdbc_nor_the_jdk_http_client(
            Class<?> coreClass) {
        assertThatRuleReports(
                PorticoArchitectureRules.the_core_should_use_neither_jdbc_nor_the_jdk_http_client, coreClass);
    }

    @ParameterizedTest(name = "{0} breaks dependencies_should_point_inwards_from_bootstrap_to_the_domain")
    @ValueSource(classes = {
        DomainClassCallingAUseCase.class,
        DomainClassReferencingAnAdapter.class,
        UseCaseReferencingAnAdapter.class,
        AdapterReachingIntoBootstrap.class
    })
    void a_class_depending_outwards_breaks_dependencies_should_point_inwards_from_bootstrap_to_the_domain(
            Class<?> outwardDependent) {
        assertThatRuleReports(
                PorticoArchitectureRules.dependencies_should_point_inwards_from_bootstrap_to_the_domain,
                outwardDependent);
    }

    @Test
    void the_architecture_test_imports_none_of_the_broken_fixtures() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.portico");
        Set<String> productionNames = production.stream().map(JavaClass::getName).collect(Collectors.toSet());

        assertThat(productionNames).isNotEmpty();
        assertThat(productionNames).doesNotContainAnyElementsOf(
                FIXTURES.stream().map(Class::getName).toList());
    }

    private static void assertThatRuleReports(ArchRule rule, Class<?>... offenders) {
        EvaluationResult result = rule.evaluate(FIXTURE_CLASSES);

        assertThat(result.hasViolation())
                .as("rule '%s' should be violated by the fixtures", rule.getDescription())
                .isTrue();
        List<String> details = result.getFailureReport().getDetails();
        for (Class<?> offender : offenders) {
            assertThat(details)
                    .as("failure report of rule '%s'", rule.getDescription())
                    .anySatisfy(line -> assertThat(line).contains(offender.getName()));
        }
    }
}
