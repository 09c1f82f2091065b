package dev.portico.adapters.rest.auth;

import com.codahale.metrics.Meter;
import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorResponses;
import dev.portico.adapters.rest.error.ErrorWording;
import dev.portico.adapters.rest.filter.CorsPolicy;
import dev.portico.adapters.rest.headers.SecurityHeaders;
import dev.portico.adapters.rest.headers.SecurityHeaders.Header;
import dev.portico.adapters.rest.ratelimit.RateLimitAnswers;
import dev.portico.adapters.rest.ratelimit.TrustedProxies;
import dev.portico.adapters.rest.requestid.RequestIds;
import dev.portico.application.ratelimit.ConsumeQuota;
import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import dev.portico.application.user.support.PasswordHashing;
import io.dropwizard.core.setup.Environment;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Answers the refusals of login and register in front of the servlet chain, before the body is
 * read, when the address alone decides them: the client is over the {@code auth} limit, or every
 * password hashing thread and queue slot is taken or promised to a request already let in. A flood is made of exactly these requests, so each
 * refusal costs no servlet, Jersey, JSON or hash, and keeps everything the normal chain puts on a 429:
 * the request id, the security and CORS headers, {@code Retry-After}, the RateLimit fields and the
 * envelope. An allowed request goes on with its decision attached, so the Jersey filter adds the
 * fields without charging the quota twice. A body declared over the size limit goes on too, to get
 * its 413 first, as the contract's precedence says. The body of a refused request is dropped unread
 * once the answer is out, so the connection stays open.
 */
public final class PasswordRouteGate extends Handler.Wrapper {

    /** The routes that hash a password. */
    static final Set<String> PATHS = Set.of("/api/v1/auth/login", "/api/v1/auth/register");
    /** Dropwizard's name for the connectors of the application (not the admin) port. */
    private static final String APPLICATION_CONNECTOR = "application";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    /** What the gate needs: the limit it charges, the pool it watches, and the headers every answer carries. */
    public record Settings(ConsumeQuota consumeQuota, RateLimitPolicy policy, TrustedProxies trustedProxies,
            PasswordHashing hashing, SecurityHeaders securityHeaders, CorsPolicy cors, long maxBodyBytes) {
    }

    /** The admin metrics' names of the refusals answered here. */
    public static final String REFUSED_BY_LIMIT = "auth.gate.refused.rateLimit";
    public static final String REFUSED_BUSY = "auth.gate.refused.hashingSaturated";

    private final Settings settings;
    private final List<Header> securityHeaders;
    private final Meter refusedByLimit;
    private final Meter refusedBusy;

    PasswordRouteGate(Handler next, Settings settings, Meter refusedByLimit, Meter refusedBusy) {
        super(next);
        this.settings = settings;
        this.securityHeaders = settings.securityHeaders().forPath("/api/");
        this.refusedByLimit = refusedByLimit;
        this.refusedBusy = refusedBusy;
    }

    /** Puts the gate in front of the server's handlers when it starts, behind Jetty's graceful handler. */
    public static void install(Environment environment, Settings settings) {
        Meter byLimit = environment.metrics().meter(REFUSED_BY_LIMIT);
        Meter busy = environment.metrics().meter(REFUSED_BUSY);
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    Handler.Wrapper parent = server.getHandler() instanceof GracefulHandler graceful ? graceful : server;
                    parent.setHandler(new PasswordRouteGate(parent.getHandler(), settings, byLimit, busy));
                }
            }
        });
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!isGated(request)) {
            return super.handle(request, response, callback);
        }
        String client = settings.trustedProxies().clientAddress(Request.getRemoteAddr(request),
                request.getHeaders().get(FORWARDED_FOR));
        QuotaDecision decision = settings.consumeQuota().consume(settings.policy(), "ip:" + client);
        if (!decision.allowed()) {
            refusedByLimit.mark();
            refuse(request, response, callback, decision, RateLimitAnswers.refusalMessage(settings.policy()),
                    decision.retryAfter());
            return true;
        }
        PasswordHashing hashing = settings.hashing();
        if (!hashing.tryAdmit()) {
            refusedBusy.mark();
            refuse(request, response, callback, decision, ErrorWording.PASSWORD_HASHING_SATURATED,
                    hashing.retryAfter());
            return true;
        }
        request.setAttribute(RateLimitAnswers.DECISION_ATTRIBUTE, decision);
        return admitted(request, response, callback, hashing);
    }

    /** Passes an admitted request on, and gives its room in the pool back once it is answered. */
    private boolean admitted(Request request, Response response, Callback callback, PasswordHashing hashing)
            throws Exception {
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, hashing::release));
            return handled;
        } finally {
            if (!handled) {
                hashing.release();
            }
        }
    }

    private boolean isGated(Request request) {
        return HttpMethod.POST.is(request.getMethod())
                && PATHS.contains(request.getHttpURI().getPath())
                && request.getLength() <= settings.maxBodyBytes()
                && APPLICATION_CONNECTOR.equals(request.getConnectionMetaData().getConnector().getName());
    }

    private void refuse(Request request, Response response, Callback callback, QuotaDecision decision,
            String message, Duration retryAfter) {
        String requestId = RequestIds.keepOrGenerate(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(RequestIds.HEADER, requestId);
        securityHeaders.forEach(header -> headers.put(header.name(), header.value()));
        for (Header header : settings.cors().responseHeaders(request.getHeaders().get(HttpHeader.ORIGIN))) {
            headers.add(header.name(), header.value());
        }
        headers.put(HttpHeader.RETRY_AFTER, ErrorResponses.retryAfterSeconds(retryAfter));
        RateLimitAnswers.headers(decision).forEach(header -> headers.put(header.name(), header.value()));
        byte[] body = ErrorResponses.bytes(ErrorCode.RATE_LIMITED, message, null, requestId);
        response.setStatus(ErrorCode.RATE_LIMITED.status());
        headers.put(HttpHeader.CONTENT_TYPE, ErrorResponses.JSON_UTF8_VALUE);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body),
                Callback.from(() -> discardBody(request, callback), callback::failed));
    }

    /**
     * Reads and drops whatever body the client still sends after the answer went out, so its
     * connection stays usable for the next request; nothing of it is parsed.
     */
    private static void discardBody(Request request, Callback callback) {
        Content.Source.consumeAll(request, callback);
    }
}
