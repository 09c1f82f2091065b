package dev.portico.adapters.rest.link;

import com.codahale.metrics.Timer;
import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorResponses;
import dev.portico.adapters.rest.error.ErrorWording;
import dev.portico.adapters.rest.error.UnhandledExceptionMapper;
import dev.portico.adapters.rest.headers.SecurityHeaders;
import dev.portico.adapters.rest.requestid.RequestIds;
import dev.portico.application.link.Redirect;
import dev.portico.application.link.ResolveLink;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.error.VisitLimitReached;
import io.dropwizard.core.setup.Environment;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code GET /s/{code}} served by a Jetty handler in front of everything else, because the redirect
 * is the hot path and the servlet and Jersey machinery costs more than the redirect itself. It keeps
 * what the filters would add: the request id (header and log attribute), the security headers, and
 * the error envelope. Every {@code GET} and {@code HEAD} of {@code /s} and {@code /s/*} on the
 * application port is answered here; other methods fall through to the normal chain, where
 * {@link RedirectMethodsServlet} answers them.
 */
public final class RedirectHandler extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(RedirectHandler.class);
    private static final String PREFIX = "/s/";
    private static final String BARE_PREFIX = "/s";

    /** The admin metrics' name for the timer of every request this handler answers. */
    public static final String TIMER = "redirect.requests";

    private final ResolveLink resolveLink;
    private final List<SecurityHeaders.Header> securityHeaders;
    private final Timer timer;
    /** Dropwizard's name for the connectors of the application (not the admin) port. */
    private static final String APPLICATION_CONNECTOR = "application";

    RedirectHandler(Handler next, ResolveLink resolveLink, SecurityHeaders securityHeaders, Timer timer) {
        super(next);
        this.resolveLink = resolveLink;
        this.securityHeaders = securityHeaders.forPath(PREFIX);
        this.timer = timer;
    }

    /**
     * Puts the handler in front of the server's handlers when the server starts, but behind Jetty's
     * graceful handler: on shutdown a redirect in flight is waited for like any request, and a new one
     * is refused, so no visit is queued after the last flush.
     */
    public static void install(Environment environment, ResolveLink resolveLink, SecurityHeaders securityHeaders) {
        Timer timer = environment.metrics().timer(TIMER);
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    Handler.Wrapper parent = server.getHandler() instanceof GracefulHandler graceful ? graceful : server;
                    parent.setHandler(new RedirectHandler(parent.getHandler(), resolveLink, securityHeaders, timer));
                }
            }
        });
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String code = codeOf(request.getHttpURI().getPath());
        if (code == null || !isRedirectMethod(request.getMethod())
                || !APPLICATION_CONNECTOR.equals(request.getConnectionMetaData().getConnector().getName())) {
            return super.handle(request, response, callback);
        }
        Timer.Context timing = timer.time();
        respond(code, request, response, Callback.from(callback, timing::stop));
        return true;
    }

    /** The code of a redirect path ({@code ""} for {@code /s}, which the servlet mapping also covers); null for any other path. */
    private static String codeOf(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith(PREFIX)) {
            return path.substring(PREFIX.length());
        }
        return path.equals(BARE_PREFIX) ? "" : null;
    }

    private void respond(String code, Request request, Response response, Callback callback) {
        String requestId = RequestIds.keepOrGenerate(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            redirect(code, requestId, request, response, callback);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private void redirect(String code, String requestId, Request request, Response response, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(RequestIds.HEADER, requestId);
        for (SecurityHeaders.Header header : securityHeaders) {
            headers.put(header.name(), header.value());
        }
        try {
            Redirect redirect = resolveLink.resolve(code,
                    request.getHeaders().get(HttpHeader.REFERER), request.getHeaders().get(HttpHeader.USER_AGENT));
            response.setStatus(redirect.status());
            headers.put(HttpHeader.LOCATION, redirect.location());
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            headers.put(HttpHeader.CONTENT_LENGTH, 0L);
            response.write(true, null, callback);
        } catch (LinkNotFound unknown) {
            error(response, callback, ErrorCode.NOT_FOUND, ErrorWording.SHORT_LINK_NOT_FOUND, requestId);
        } catch (LinkExpired | VisitLimitReached gone) {
            error(response, callback, ErrorCode.GONE, ErrorWording.messageFor(gone), requestId);
        } catch (StoreUnavailable down) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, ErrorResponses.retryAfterSeconds(down.retryAfter()));
            error(response, callback, ErrorCode.UPSTREAM_UNAVAILABLE, ErrorWording.messageFor(down), requestId);
        } catch (RuntimeException unexpected) {
            LOG.error("Unhandled error while serving request {}", requestId, unexpected);
            error(response, callback, ErrorCode.INTERNAL_ERROR, UnhandledExceptionMapper.MESSAGE, requestId);
        }
    }

    private static boolean isRedirectMethod(String method) {
        return HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
    }

    private static void error(Response response, Callback callback, ErrorCode code, String message, String requestId) {
        byte[] body = ErrorResponses.bytes(code, message, null, requestId);
        response.setStatus(code.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorResponses.JSON_UTF8_VALUE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
