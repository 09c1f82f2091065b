package dev.portico.application.archfixture;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/** Deliberately broken: a use case that calls out over HTTP itself. */
public final class UseCaseUsingTheJdkHttpClient {

    private final HttpClient client = HttpClient.newHttpClient();

    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }
}
