package dev.portico.adapters.rest.filter;

import dev.portico.adapters.rest.headers.SecurityHeaders.Header;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** CORS for every servlet response from the {@link CorsPolicy} allow-list; answers preflights itself. */
public final class CorsFilter extends HttpFilter {

    private final CorsPolicy policy;

    public CorsFilter(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (policy.allows(origin) && isPreflight(request)) {
            response.addHeader(CorsPolicy.VARY_ORIGIN.name(), CorsPolicy.VARY_ORIGIN.value());
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            response.setHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", CorsPolicy.MAX_AGE_SECONDS);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        for (Header header : policy.responseHeaders(origin)) {
            if (header.equals(CorsPolicy.VARY_ORIGIN)) {
                response.addHeader(header.name(), header.value());
            } else {
                response.setHeader(header.name(), header.value());
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
    }
}
