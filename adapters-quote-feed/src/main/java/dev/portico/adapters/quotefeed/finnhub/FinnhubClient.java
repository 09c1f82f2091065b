package dev.portico.adapters.quotefeed.finnhub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.domain.error.FeedUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Finnhub's {@code /quote} endpoint. The API key travels only in the {@code X-Finnhub-Token}
 * header; it is never part of a URL, a log line or an exception message, and neither is a provider body.
 */
final class FinnhubClient {

    private static final Logger LOG = LoggerFactory.getLogger(FinnhubClient.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration REFUSED_KEY_RETRY_AFTER = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final String apiKey;
    private final Duration requestTimeout;

    FinnhubClient(URI baseUrl, String apiKey, Duration requestTimeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    }

    /** The parsed answer for a provider symbol; throws {@link FeedUnavailable} on any failure. */
    FinnhubQuote quote(String providerSymbol) {
        HttpResponse<String> response = send(URI.create(base + "/quote?symbol="
                + URLEncoder.encode(providerSymbol, StandardCharsets.UTF_8)));
        int status = response.statusCode();
        if (status == 429) {
            throw new FeedUnavailable(retryAfter(response));
        }
        if (status == 401 || status == 403) {
            LOG.warn("Finnhub refused the API key (HTTP {})", status);
            throw new FeedUnavailable(REFUSED_KEY_RETRY_AFTER);
        }
        if (status != 200) {
            LOG.debug("Finnhub answered HTTP {}", status);
            throw unavailable();
        }
        try {
            return FinnhubQuote.from(JSON.readTree(response.body()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.debug("Finnhub sent a body that is not a quote");
            throw unavailable();
        }
    }

    private HttpResponse<String> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("X-Finnhub-Token", apiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        CompletableFuture<HttpResponse<String>> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            // The request timeout alone does not bound reading the body, so the whole exchange is bounded here.
            return call.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            LOG.debug("Finnhub did not answer within {}", requestTimeout);
            throw unavailable();
        } catch (ExecutionException e) {
            LOG.debug("Finnhub call failed: {}", e.getCause() == null ? "unknown" : e.getCause().getClass().getSimpleName());
            throw unavailable();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .map(String::strip)
                .filter(value -> !value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() <= 6)
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .filter(duration -> !duration.isZero())
                .orElse(DEFAULT_RETRY_AFTER);
    }

    private static FeedUnavailable unavailable() {
        return new FeedUnavailable(DEFAULT_RETRY_AFTER);
    }
}
