package dev.portico.adapters.rest.error;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import dev.portico.adapters.rest.requestid.RequestIds;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What Jersey decides by itself (routing, methods, media types, parameters) in the envelope. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (exception instanceof ParamException param) {
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR,
                    "Invalid value for " + kind(param) + " parameter '" + param.getParameterName() + "'",
                    param.getParameterName());
        }
        if (exception instanceof NotFoundException) {
            return ErrorResponses.of(ErrorCode.NOT_FOUND, StatusMessages.forStatus(404), null);
        }
        if (exception instanceof NotAllowedException) {
            return ErrorResponses.builder(ErrorCode.METHOD_NOT_ALLOWED, StatusMessages.forStatus(405), null)
                    .header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        if (exception instanceof NotAcceptableException) {
            return ErrorResponses.of(ErrorCode.NOT_ACCEPTABLE, StatusMessages.forStatus(406), null);
        }
        if (exception instanceof NotSupportedException) {
            return ErrorResponses.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, StatusMessages.forStatus(415), null);
        }
        if (exception.getCause() instanceof NoContentException) {
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Request body must be a JSON object", null);
        }
        if (status >= 500) {
            LOG.error("Framework error {} while serving request {}", status, RequestIds.current(), exception);
            return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, UnhandledExceptionMapper.MESSAGE, null);
        }
        ErrorCode code = ErrorCode.forStatus(status);
        return ErrorResponses.builder(status, code, StatusMessages.forStatus(status), null).build();
    }

    private static String kind(ParamException param) {
        if (param instanceof ParamException.PathParamException) {
            return "path";
        } else if (param instanceof ParamException.HeaderParamException) {
            return "header";
        } else if (param instanceof ParamException.CookieParamException) {
            return "cookie";
        }
        return "query";
    }
}
