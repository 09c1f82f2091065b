package dev.portico.adapters.rest.headers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Puts the security headers on every response before anything else can commit it. */
public final class SecurityHeadersFilter extends HttpFilter {

    private final SecurityHeaders headers;

    public SecurityHeadersFilter(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        for (SecurityHeaders.Header header : headers.forPath(request.getRequestURI())) {
            response.setHeader(header.name(), header.value());
        }
        chain.doFilter(request, response);
    }
}
