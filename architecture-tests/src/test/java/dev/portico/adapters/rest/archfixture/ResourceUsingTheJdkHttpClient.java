package dev.portico.adapters.rest.archfixture;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/** Deliberately broken: a REST resource that calls a quote provider over HTTP itself. */
public final class ResourceUsingTheJdkHttpClient {

    private final HttpClient client = HttpClient.newHttpClient();

    public Optional<Duration> get() {
        return client.connectTimeout();
    }
}
