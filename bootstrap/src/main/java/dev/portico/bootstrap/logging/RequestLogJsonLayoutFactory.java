package dev.portico.bootstrap.logging;

import ch.qos.logback.access.common.spi.IAccessEvent;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.LayoutBase;
import dev.portico.adapters.rest.requestid.RequestIds;
import io.dropwizard.logging.json.AccessJsonLayoutBaseFactory;
import io.dropwizard.logging.json.layout.AccessJsonLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

/** Dropwizard's JSON request log, plus the request's id as a top-level {@code request_id} field. */
final class RequestLogJsonLayoutFactory extends AccessJsonLayoutBaseFactory {

    /** What logback-access answers for an attribute the request does not have. */
    private static final String ABSENT = "-";

    @Override
    public LayoutBase<IAccessEvent> build(LoggerContext context, TimeZone timeZone) {
        AccessJsonLayout layout = new AccessJsonLayout(createDropwizardJsonFormatter(), createTimestampFormatter(timeZone),
                getIncludes(), getCustomFieldNames(), getAdditionalFields()) {
            @Override
            protected Map<String, Object> toJsonMap(IAccessEvent event) {
                Map<String, Object> fields = new LinkedHashMap<>(super.toJsonMap(event));
                String requestId = event.getAttribute(RequestIds.ATTRIBUTE);
                if (requestId != null && !ABSENT.equals(requestId)) {
                    fields.put(RequestIds.MDC_KEY, requestId);
                }
                return fields;
            }
        };
        layout.setContext(context);
        return layout;
    }
}
