package dev.portico.adapters.rest.platform;

import dev.portico.adapters.rest.requestid.RequestIds;
import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorResponses;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The envelope for errors Jetty produces itself (bad URIs, oversized headers, methods refused by a
 * filter, {@code sendError} calls): never an HTML page, never a server message.
 */
final class ErrorPages {

    private final SecurityHeaders securityHeaders;

    ErrorPages(SecurityHeaders securityHeaders) {
        this.securityHeaders = securityHeaders;
    }

    void decorate(Request request, Response response) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        for (SecurityHeaders.Header header : securityHeaders.forPath(path)) {
            response.getHeaders().put(header.name(), header.value());
        }
        String requestId = requestId(request, response);
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    void writeJson(Request request, PrintWriter writer, int code) {
        Object requestId = request.getAttribute(RequestIds.ATTRIBUTE);
        byte[] body = ErrorResponses.bytes(ErrorCode.forStatus(code), messageFor(code), null,
                requestId != null ? requestId.toString() : RequestIds.generate());
        writer.write(new String(body, StandardCharsets.UTF_8));
    }

    private static String requestId(Request request, Response response) {
        Object attribute = request.getAttribute(RequestIds.ATTRIBUTE);
        if (attribute != null) {
            return attribute.toString();
        }
        String onResponse = response.getHeaders().get(RequestIds.HEADER);
        if (onResponse != null) {
            return onResponse;
        }
        return RequestIds.keepOrGenerate(request.getHeaders().get(RequestIds.HEADER));
    }

    /** Jetty labels JSON error pages without a charset; the contract wants {@code charset=utf-8} on all JSON. */
    static Response labelledUtf8(Request request, Response response) {
        return new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback callback) {
                getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorResponses.JSON_UTF8_VALUE);
                super.write(last, content, callback);
            }
        };
    }

    static String messageFor(int code) {
        return switch (code) {
            case 404 -> "No resource matches this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "This endpoint only produces application/json";
            case 408 -> "The request took too long to arrive";
            case 411 -> "A Content-Length header is required";
            case 413 -> "Request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "Request body must be application/json";
            case 431 -> "Request headers are too large";
            case 503 -> "The service is unavailable";
            default -> code >= 500 ? "Something went wrong" : "The request could not be understood";
        };
    }
}
