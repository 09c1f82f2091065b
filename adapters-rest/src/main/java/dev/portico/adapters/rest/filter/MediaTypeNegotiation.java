package dev.portico.adapters.rest.filter;

import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorResponses;
import dev.portico.adapters.rest.error.StatusMessages;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Media-type errors come after authentication and rate limiting (contract section 2), but Jersey
 * decides them while routing. So for {@code /api/**} the pre-matching half sets the client's
 * {@code Content-Type} and {@code Accept} aside, and the post-matching half judges them once the
 * auth and rate-limit filters (lower priorities) have run.
 */
public final class MediaTypeNegotiation {

    static final String ORIGINAL_CONTENT_TYPE = "portico.originalContentType";
    static final String ORIGINAL_ACCEPT = "portico.originalAccept";
    private static final String DEFERRED = "portico.mediaTypesDeferred";

    private MediaTypeNegotiation() {
    }

    @PreMatching
    @Priority(Priorities.HEADER_DECORATOR)
    public static final class Defer implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            if (!request.getUriInfo().getPath().startsWith("api/")) {
                return;
            }
            request.setProperty(DEFERRED, Boolean.TRUE);
            String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
            if (contentType != null) {
                request.setProperty(ORIGINAL_CONTENT_TYPE, contentType);
                request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            }
            String accept = request.getHeaderString(HttpHeaders.ACCEPT);
            if (accept != null) {
                request.setProperty(ORIGINAL_ACCEPT, accept);
                request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            }
        }
    }

    @Priority(Priorities.HEADER_DECORATOR + 100)
    public static final class Judge implements ContainerRequestFilter {

        @Context
        private ResourceInfo resourceInfo;

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getProperty(DEFERRED) == null || resourceInfo.getResourceMethod() == null) {
                return;
            }
            Method method = resourceInfo.getResourceMethod();
            String accept = (String) request.getProperty(ORIGINAL_ACCEPT);
            if (accept != null && producesJson(method) && !acceptsJson(accept)) {
                request.abortWith(ErrorResponses.of(ErrorCode.NOT_ACCEPTABLE, StatusMessages.forStatus(406), null));
                return;
            }
            if (consumesJson(method) && hasBody(request) && !isJson((String) request.getProperty(ORIGINAL_CONTENT_TYPE))) {
                request.abortWith(ErrorResponses.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, StatusMessages.forStatus(415), null));
            }
        }

        private boolean producesJson(Method method) {
            Produces produces = method.isAnnotationPresent(Produces.class)
                    ? method.getAnnotation(Produces.class)
                    : resourceInfo.getResourceClass().getAnnotation(Produces.class);
            return produces != null && Arrays.stream(produces.value()).anyMatch(type -> type.startsWith(MediaType.APPLICATION_JSON));
        }

        private boolean consumesJson(Method method) {
            Consumes consumes = method.isAnnotationPresent(Consumes.class)
                    ? method.getAnnotation(Consumes.class)
                    : resourceInfo.getResourceClass().getAnnotation(Consumes.class);
            return consumes != null && Arrays.stream(consumes.value()).anyMatch(type -> type.startsWith(MediaType.APPLICATION_JSON));
        }

        private static boolean hasBody(ContainerRequestContext request) {
            return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()
                    && (charset == null || charset.equalsIgnoreCase("utf-8"));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    static boolean acceptsJson(String accept) {
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (qualityIsZero(parts)) {
                continue;
            }
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json") || type.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean qualityIsZero(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) == 0.0;
                } catch (NumberFormatException malformed) {
                    return false;
                }
            }
        }
        return false;
    }
}
