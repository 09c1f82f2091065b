package dev.portico.adapters.rest.error;

import dev.portico.adapters.rest.requestid.RequestIds;
import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the envelope from a servlet filter, for refusals that happen before Jersey sees the request. */
public final class ServletErrors {

    private ServletErrors() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String message,
                      String field) throws IOException {
        Object id = request.getAttribute(RequestIds.ATTRIBUTE);
        byte[] body = ErrorResponses.bytes(code, message, field, id != null ? id.toString() : RequestIds.current());
        response.setStatus(code.status());
        response.setContentType(ErrorResponses.JSON_UTF8_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
