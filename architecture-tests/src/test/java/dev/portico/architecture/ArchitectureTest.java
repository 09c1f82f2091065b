package dev.portico.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Holds the compiled production classes of every module to the rules of {@code docs/architecture.md}.
 * Test classes, including the deliberately broken fixtures of {@link ArchitectureRulesBiteTest}, are
 * not imported.
 */
@AnalyzeClasses(packages = "dev.portico", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_should_depend_only_on_the_jdk =
            PorticoArchitectureRules.domain_should_depend_only_on_the_jdk;

    @ArchTest
    static final ArchRule application_should_depend_only_on_the_domain_and_the_jdk =
            PorticoArchitectureRules.application_should_depend_only_on_the_domain_and_the_jdk;

    @ArchTest
    static final ArchRule adapters_should_not_depend_on_each_other =
            PorticoArchitectureRules.adapters_should_not_depend_on_each_other;

    @ArchTest
    static final ArchRule only_bootstrap_should_reference_adapters =
            PorticoArchitectureRules.only_bootstrap_should_reference_adapters;

    @ArchTest
    static final ArchRule feature_packages_should_be_free_of_cycles =
            PorticoArchitectureRules.feature_packages_should_be_free_of_cycles;

    @ArchTest
    static final ArchRule rest_adapters_should_reach_ports_only_through_use_cases =
            PorticoArchitectureRules.rest_adapters_should_reach_ports_only_through_use_cases;

    @ArchTest
    static final ArchRule adapters_should_implement_only_ports_of_the_application =
            PorticoArchitectureRules.adapters_should_implement_only_ports_of_the_application;

    static final ArchRule the_core_should_use_neither_jdbc_nor_the_jdk_http_client =
            PorticoArchitectureRules.the_core_should_use_neither_jdbc_nor_the_jdk_http_client;

    @ArchTest
    static final ArchRule dependencies_should_point_inwards_from_bootstrap_to_the_domain =
            PorticoArchitectureRules.dependencies_should_point_inwards_from_bootstrap_to_the_domain;
}
