package dev.portico.adapters.rest.docs;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swagger UI at {@code /docs}, served from the swagger-ui webjar on the classpath (no CDN), with our own
 * page and initializer so the page needs no inline script under its Content-Security-Policy.
 */
public final class DocsServlet extends HttpServlet {

    private static final String OWN_FILES = "portico-docs/";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "png", "image/png");

    private final String webjarRoot = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/docs/");
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        String type = CONTENT_TYPES.get(extension(name));
        Optional<byte[]> content = type == null || name.contains("/") || name.contains("..")
                ? Optional.empty()
                : cache.computeIfAbsent(name, this::load);
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", name.endsWith(".html") ? "no-cache" : "public, max-age=86400");
        response.setContentLength(content.get().length);
        response.getOutputStream().write(content.get());
    }

    private Optional<byte[]> load(String name) {
        Optional<byte[]> own = read(OWN_FILES + name);
        return own.isPresent() || name.equals("index.html") ? own : read(webjarRoot + name);
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = DocsServlet.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String swaggerUiVersion() {
        try (InputStream in = DocsServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
