package dev.portico.adapters.rest.filter;

import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ServletErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Refuses API requests that carry a token in the query string, where logs and referrers would keep it. */
public final class TokenInUrlFilter extends HttpFilter {

    private static final Set<String> TOKEN_PARAMETERS = Set.of("access_token", "refresh_token", "token");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> parameter = tokenParameter(request.getQueryString());
        if (parameter.isPresent()) {
            ServletErrors.write(request, response, ErrorCode.VALIDATION_ERROR,
                    "Tokens must not be sent in the URL; use the Authorization header", parameter.get());
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<String> tokenParameter(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (TOKEN_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
