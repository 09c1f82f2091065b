package dev.portico.domain.archfixture;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/** Deliberately broken: a domain class that calls out over HTTP itself. */
public final class DomainClassUsingTheJdkHttpClient {

    private final HttpClient client = HttpClient.newHttpClient();

    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }
}
