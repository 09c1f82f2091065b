package dev.portico.bootstrap.logging;

import ch.qos.logback.core.spi.DeferredProcessingAware;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Supplier;

/**
 * Dropwizard's {@code logging:} section with one more key, {@code format: text | json}. With
 * {@code json}, every appender of the application log and of the request log that has no explicit
 * {@code layout} writes one JSON object a line instead of its {@code logFormat} pattern.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public class PorticoLoggingFactory extends DefaultLoggingFactory {

    @NotNull
    @JsonProperty
    private LogFormat format = LogFormat.text;

    public LogFormat getFormat() {
        return format;
    }

    public void setFormat(LogFormat format) {
        this.format = format;
    }

    @Override
    public void configure(MetricRegistry metricRegistry, String name) {
        useFormat(getAppenders(), JsonLayouts::applicationLog);
        super.configure(metricRegistry, name);
    }

    /** The request log is part of the server's configuration; it follows the same switch. */
    public void applyTo(ServerFactory server) {
        if (server instanceof AbstractServerFactory factory
                && factory.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory requestLog) {
            useFormat(requestLog.getAppenders(), JsonLayouts::requestLog);
        }
    }

    private <E extends DeferredProcessingAware> void useFormat(
            List<AppenderFactory<E>> appenders, Supplier<DiscoverableLayoutFactory<E>> json) {
        if (format != LogFormat.json) {
            return;
        }
        for (AppenderFactory<E> appender : appenders) {
            if (appender instanceof AbstractAppenderFactory<E> withLayout && withLayout.getLayout() == null) {
                withLayout.setLayout(json.get());
            }
        }
    }
}
