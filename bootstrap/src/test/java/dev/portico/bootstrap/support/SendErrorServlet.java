package dev.portico.bootstrap.support;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only: a servlet that refuses with {@code sendError(status)}, the status taken from the path. */
public final class SendErrorServlet extends HttpServlet {

    public static final String PATH = "/api/v1/test-send-error";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(Integer.parseInt(request.getPathInfo().substring(1)), "servlet detail that must not reach the client");
    }
}
