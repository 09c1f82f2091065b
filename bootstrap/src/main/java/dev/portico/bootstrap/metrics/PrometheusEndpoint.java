package dev.portico.bootstrap.metrics;

import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.dropwizard.core.setup.Environment;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.CustomLabelMapper;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.MapperConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Map;

/**
 * Every metric of the Dropwizard registry (HTTP routes, redirects, visit queue, stream, feed circuit,
 * database pools, JVM) in the Prometheus text format on the admin port, read from the registry at
 * each scrape.
 *
 * <p>Jersey keeps four timers per resource method {@code X}: the method alone, {@code X.request.filtering},
 * {@code X.response.filtering} and {@code X.total}, the whole request. Only the whole request is
 * exported, our resources' as {@code portico_http_<Resource>_<method>}: the bridge turns
 * {@code X.total} into {@code X} (Prometheus reserves the suffix), and a scrape with two families of
 * one name fails whole. For the same reason a pool's {@code created} gauge (a reserved suffix too)
 * is exported as {@code opened}.
 */
public final class PrometheusEndpoint {

    public static final String PATH = "/metrics/prometheus";

    private static final String RESOURCE_TIMERS = "dev.portico.adapters.rest.";
    private static final String WHOLE_REQUEST = ".total";
    private static final String POOLS = "io.dropwizard.db.ManagedPooledDataSource.";
    private static final List<String> FILTER_TIMERS = List.of(".request.filtering", ".response.filtering");

    private PrometheusEndpoint() {
    }

    public static void install(Environment environment) {
        PrometheusRegistry registry = new PrometheusRegistry();
        MetricRegistry metrics = environment.metrics();
        DropwizardExports.builder()
                .dropwizardRegistry(metrics)
                .metricFilter(exportedMetrics(metrics))
                .customLabelMapper(new CustomLabelMapper(List.of(
                        new MapperConfig(RESOURCE_TIMERS + "*.*.*" + WHOLE_REQUEST, "portico_http_${1}_${2}", Map.of()),
                        new MapperConfig(POOLS + "*.created", POOLS + "${0}.opened", Map.of()))))
                .register(registry);
        environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(registry)).addMapping(PATH);
    }

    private static MetricFilter exportedMetrics(MetricRegistry metrics) {
        return (name, metric) -> !(metric instanceof Timer && (FILTER_TIMERS.stream().anyMatch(name::endsWith)
                || metrics.getMetrics().containsKey(name + WHOLE_REQUEST)));
    }
}
