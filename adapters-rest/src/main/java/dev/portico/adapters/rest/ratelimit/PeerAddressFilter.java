package dev.portico.adapters.rest.ratelimit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Hands the socket peer's address to the Jersey filters as a request attribute, which Jersey shows
 * as a request property: per-method filters registered by a feature get no servlet injection.
 */
final class PeerAddressFilter implements Filter {

    static final String ATTRIBUTE = "portico.peerAddress";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
