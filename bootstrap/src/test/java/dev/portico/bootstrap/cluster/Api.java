package dev.portico.bootstrap.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP against the proxy or an instance: JSON bodies, headers as name/value pairs, redirects never
 * followed, every call bounded by a timeout.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    HttpClient client() {
        return client;
    }

    Reply get(URI base, String path, String... headers) throws IOException, InterruptedException {
        return send(base, path, "GET", null, headers);
    }

    Reply delete(URI base, String path, String... headers) throws IOException, InterruptedException {
        return send(base, path, "DELETE", null, headers);
    }

    Reply post(URI base, String path, Object body, String... headers) throws IOException, InterruptedException {
        return send(base, path, "POST", body, headers);
    }

    Reply patch(URI base, String path, Object body, String... headers) throws IOException, InterruptedException {
        return send(base, path, "PATCH", body, headers);
    }

    Reply send(URI base, String path, String method, Object body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(CALL_TIMEOUT)
                .header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
