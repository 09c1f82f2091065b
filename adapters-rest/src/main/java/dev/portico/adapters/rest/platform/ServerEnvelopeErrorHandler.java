package dev.portico.adapters.rest.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Errors Jetty raises before any context runs (malformed request line, headers too large). */
public final class ServerEnvelopeErrorHandler extends ErrorHandler {

    private final ErrorPages pages;

    public ServerEnvelopeErrorHandler(SecurityHeaders securityHeaders) {
        this.pages = new ErrorPages(securityHeaders);
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
        pages.decorate(request, response);
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        generateAcceptableResponse(request, ErrorPages.labelledUtf8(request, response), callback, "application/json", List.of(StandardCharsets.UTF_8),
                code, message, cause);
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        pages.writeJson(request, writer, code);
    }
}
