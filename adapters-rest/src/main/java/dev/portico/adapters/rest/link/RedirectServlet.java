package dev.portico.adapters.rest.link;

import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorWording;
import dev.portico.adapters.rest.platform.ServletErrors;
import dev.portico.application.link.Redirect;
import dev.portico.application.link.ResolveLink;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.VisitLimitReached;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /s/{code}}: the hot path, served by a plain servlet below Jersey. The servlet filters
 * still give it a request id and the security headers; the lookup is cached and the visit queued.
 * Redirects are {@code no-store}, so every follow reaches the service and is counted, and a changed,
 * expired or exhausted link takes effect at once.
 */
public final class RedirectServlet extends HttpServlet {

    private static final String ALLOWED = "GET, HEAD, OPTIONS";

    private final transient ResolveLink resolveLink;

    public RedirectServlet(ResolveLink resolveLink) {
        this.resolveLink = resolveLink;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null || path.length() < 2 ? null : path.substring(1);
        try {
            Redirect redirect = resolveLink.resolve(code, request.getHeader("Referer"), request.getHeader("User-Agent"));
            response.setStatus(redirect.status());
            response.setHeader("Location", redirect.location());
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(0);
        } catch (LinkNotFound unknown) {
            ServletErrors.write(request, response, ErrorCode.NOT_FOUND, ErrorWording.SHORT_LINK_NOT_FOUND, null);
        } catch (LinkExpired | VisitLimitReached gone) {
            ServletErrors.write(request, response, ErrorCode.GONE, ErrorWording.messageFor(gone), null);
        }
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Allow", ALLOWED);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> doGet(request, response);
            case "OPTIONS" -> doOptions(request, response);
            default -> {
                response.setHeader("Allow", ALLOWED);
                ServletErrors.write(request, response, ErrorCode.METHOD_NOT_ALLOWED,
                        "This method is not allowed on this path", null);
            }
        }
    }
}
