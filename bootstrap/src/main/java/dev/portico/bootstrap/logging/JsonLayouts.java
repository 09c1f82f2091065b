package dev.portico.bootstrap.logging;

import ch.qos.logback.access.common.spi.IAccessEvent;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.portico.adapters.rest.requestid.RequestIds;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import io.dropwizard.logging.json.AccessAttribute;
import io.dropwizard.logging.json.EventAttribute;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import java.util.EnumSet;
import java.util.Set;

/**
 * The JSON layouts {@code logging.format: json} gives the logs. They carry what the text patterns
 * carry and nothing more: of the log context only the request id, of a request only its path (never
 * the query string), no headers, no bodies.
 */
public final class JsonLayouts {

    static final String TIMESTAMPS = "ISO_INSTANT";

    private JsonLayouts() {
    }

    public static DiscoverableLayoutFactory<ILoggingEvent> applicationLog() {
        EventJsonLayoutBaseFactory layout = new EventJsonLayoutBaseFactory();
        layout.setTimestampFormat(TIMESTAMPS);
        // No thread name: Dropwizard names a request's thread after its URL, query string included.
        layout.setIncludes(EnumSet.of(EventAttribute.TIMESTAMP, EventAttribute.LEVEL, EventAttribute.LOGGER_NAME,
                EventAttribute.MESSAGE, EventAttribute.EXCEPTION, EventAttribute.MDC));
        layout.setIncludesMdcKeys(Set.of(RequestIds.MDC_KEY));
        layout.setFlattenMdc(true);
        return layout;
    }

    public static DiscoverableLayoutFactory<IAccessEvent> requestLog() {
        RequestLogJsonLayoutFactory layout = new RequestLogJsonLayoutFactory();
        layout.setTimestampFormat(TIMESTAMPS);
        layout.setIncludes(EnumSet.of(AccessAttribute.TIMESTAMP, AccessAttribute.REMOTE_ADDRESS,
                AccessAttribute.METHOD, AccessAttribute.REQUEST_URI, AccessAttribute.PROTOCOL,
                AccessAttribute.STATUS_CODE, AccessAttribute.CONTENT_LENGTH, AccessAttribute.REQUEST_TIME));
        return layout;
    }
}
