package dev.portico.adapters.rest.error;

import dev.portico.adapters.rest.requestid.RequestIds;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last line: anything unexpected is logged once with its stack trace and answered generically. */
public final class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    public static final String MESSAGE = "Something went wrong";
    private static final Logger LOG = LoggerFactory.getLogger(UnhandledExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        LOG.error("Unhandled error while serving request {}", RequestIds.current(), exception);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, MESSAGE, null);
    }
}
