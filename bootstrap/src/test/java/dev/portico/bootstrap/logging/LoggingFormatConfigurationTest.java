package dev.portico.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.bootstrap.PorticoConfiguration;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** {@code logging.format} is read from the YAML, and {@code json} gives the appenders a JSON layout. */
class LoggingFormatConfigurationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final YamlConfigurationFactory<PorticoConfiguration> factory = new YamlConfigurationFactory<>(
            PorticoConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    @Test
    void withoutTheKey_theFormatIsText() throws Exception {
        assertThat(parse("logging: {level: INFO}").getLoggingFactory().getFormat()).isEqualTo(LogFormat.text);
        assertThat(parse("server: {type: default}").getLoggingFactory().getFormat()).isEqualTo(LogFormat.text);
    }

    @Test
    void formatJson_isRead() throws Exception {
        assertThat(parse("logging: {format: json}").getLoggingFactory().getFormat()).isEqualTo(LogFormat.json);
    }

    @Test
    void anUnknownFormat_isRefusedAtStartup() {
        assertThatThrownBy(() -> parse("logging: {format: xml}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("format");
    }

    @Test
    void formatJson_givesTheRequestLogAppendersTheJsonLayout_andLeavesAnExplicitLayoutAlone() throws Exception {
        PorticoConfiguration configuration = parse("""
                logging: {format: json}
                server:
                  requestLog:
                    appenders:
                      - type: console
                      - type: console
                        layout: {type: access-json}
                """);

        configuration.getLoggingFactory().applyTo(configuration.getServerFactory());

        var appenders = ((LogbackAccessRequestLogFactory)
                ((DefaultServerFactory) configuration.getServerFactory()).getRequestLogFactory()).getAppenders();
        assertThat(((AbstractAppenderFactory<?>) appenders.get(0)).getLayout())
                .isInstanceOf(RequestLogJsonLayoutFactory.class);
        assertThat(((AbstractAppenderFactory<?>) appenders.get(1)).getLayout())
                .isNotInstanceOf(RequestLogJsonLayoutFactory.class);
    }

    @Test
    void formatText_leavesEveryAppenderToItsPattern() throws Exception {
        PorticoConfiguration configuration = parse("logging: {format: text, appenders: [{type: console}]}");

        configuration.getLoggingFactory().applyTo(configuration.getServerFactory());

        assertThat(((ConsoleAppenderFactory<?>) configuration.getLoggingFactory().getAppenders().get(0)).getLayout())
                .isNull();
    }

    @Test
    void theApplicationLogLayout_writesOneJsonObjectALine_withTheRequestIdAndNoOtherContext() throws Exception {
        LoggerContext context = new LoggerContext();
        Logger logger = context.getLogger("dev.portico.Example");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, "Refused {}", null,
                new Object[] {"a login"});
        event.setMDCPropertyMap(Map.of("request_id", "req_0123456789abcdef", "authorization", "Bearer secret"));

        String line = JsonLayouts.applicationLog().build(context, TimeZone.getTimeZone("UTC")).doLayout(event);

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n").doesNotContain("secret");
        JsonNode json = JSON.readTree(line);
        assertThat(json.path("request_id").asText()).isEqualTo("req_0123456789abcdef");
        assertThat(json.path("level").asText()).isEqualTo("WARN");
        assertThat(json.path("logger").asText()).isEqualTo("dev.portico.Example");
        assertThat(json.path("message").asText()).isEqualTo("Refused a login");
        assertThat(json.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(json.has("authorization")).isFalse();
        assertThat(json.has("mdc")).isFalse();
        assertThat(json.has("thread")).as("thread names carry request URLs").isFalse();
    }

    private PorticoConfiguration parse(String yaml) throws Exception {
        return factory.build(path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}
