package dev.portico.adapters.rest.filter;

import dev.portico.adapters.rest.error.ErrorResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** JSON responses say {@code charset=utf-8}, as the contract asks. */
public final class JsonCharsetFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, ErrorResponses.JSON_UTF8);
        }
    }
}
