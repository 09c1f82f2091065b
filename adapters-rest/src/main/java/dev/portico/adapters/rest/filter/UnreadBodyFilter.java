package dev.portico.adapters.rest.filter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads what is left of a request body before the response goes out. A refusal decided from the
 * headers alone (401, 429, 406...) would otherwise leave a body that had not fully arrived unread,
 * and Jetty then closes the connection after a response that promised to keep it open, so the
 * client's next request on it fails. {@link BodySizeLimitFilter} bounds what this can read.
 */
public final class UnreadBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            if (!request.hasEntity()) {
                return;
            }
            try (InputStream rest = request.getEntityStream()) {
                rest.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IllegalStateException alreadyRead) {
            // the resource consumed and closed the body: nothing is left
        } catch (IOException clientGone) {
            // the connection is lost either way; the response write will find out
        }
    }
}
