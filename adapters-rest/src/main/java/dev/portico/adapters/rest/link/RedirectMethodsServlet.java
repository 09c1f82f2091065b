package dev.portico.adapters.rest.link;

import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ServletErrors;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What is left of {@code /s/*} once {@link RedirectHandler} has answered every {@code GET} and
 * {@code HEAD} in front of the servlet chain: {@code OPTIONS} is a 204 with {@code Allow}, any other
 * method a 405 in the envelope. It sits behind the filters, so these answers carry the request id and
 * the security headers like any other.
 */
public final class RedirectMethodsServlet extends HttpServlet {

    private static final String ALLOWED = "GET, HEAD, OPTIONS";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", ALLOWED);
        if ("OPTIONS".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        ServletErrors.write(request, response, ErrorCode.METHOD_NOT_ALLOWED, "This method is not allowed on this path", null);
    }
}
