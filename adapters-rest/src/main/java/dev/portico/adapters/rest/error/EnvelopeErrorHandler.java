package dev.portico.adapters.rest.error;

import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorResponses;
import dev.portico.adapters.rest.error.StatusMessages;
import dev.portico.adapters.rest.headers.SecurityHeaders;
import dev.portico.adapters.rest.requestid.RequestIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (malformed request lines, oversized headers, servlet {@code sendError})
 * rendered as the envelope, whatever the client accepts: never an HTML page, never a server message.
 */
public final class EnvelopeErrorHandler extends ErrorHandler {

    private final SecurityHeaders securityHeaders;

    public EnvelopeErrorHandler(SecurityHeaders securityHeaders) {
        this.securityHeaders = securityHeaders;
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
        setShowMessageInTitle(false);
        setCacheControl("no-store");
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        for (SecurityHeaders.Header header : securityHeaders.forPath(path)) {
            response.getHeaders().put(header.name(), header.value());
        }
        String requestId = requestId(request, response);
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        generateAcceptableResponse(request, labelledUtf8(request, response), callback, "application/json",
                List.of(StandardCharsets.UTF_8), code, message, cause);
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        byte[] body = ErrorResponses.bytes(ErrorCode.forStatus(code), StatusMessages.forStatus(code), null,
                String.valueOf(request.getAttribute(RequestIds.ATTRIBUTE)));
        writer.write(new String(body, StandardCharsets.UTF_8));
    }

    private static String requestId(Request request, Response response) {
        Object assigned = request.getAttribute(RequestIds.ATTRIBUTE);
        if (assigned != null) {
            return assigned.toString();
        }
        String onResponse = response.getHeaders().get(RequestIds.HEADER);
        return onResponse != null ? onResponse : RequestIds.keepOrGenerate(request.getHeaders().get(RequestIds.HEADER));
    }

    /** Jetty labels JSON error pages without a charset; the contract wants {@code charset=utf-8} on all JSON. */
    private static Response labelledUtf8(Request request, Response response) {
        return new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback callback) {
                getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorResponses.JSON_UTF8_VALUE);
                super.write(last, content, callback);
            }
        };
    }
}
