package dev.portico.adapters.rest.filter;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Jersey answers {@code OPTIONS} itself with a 200 whose body depends on {@code Accept} (empty, or the
 * method list as text). No resource declares {@code OPTIONS}, so the answer is always a 204 with {@code Allow}.
 */
public final class OptionsNoContentFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getStatus() == 200) {
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatus(204);
        }
    }
}
