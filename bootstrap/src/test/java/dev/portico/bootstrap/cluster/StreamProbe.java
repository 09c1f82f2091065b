package dev.portico.bootstrap.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One stream connection: keeps every message it is sent, the quotes in order, and how it closed. */
final class StreamProbe implements WebSocket.Listener, AutoCloseable {

    /** A quote as received: its per-symbol sequence number and price. */
    record Quote(long seq, BigDecimal price) {}

    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(5);

    private final String name;
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private StreamProbe(String name) {
        this.name = name;
    }

    /** Opens {@code ws://instance/api/v1/stream} with the token in the upgrade's Authorization header. */
    static StreamProbe open(HttpClient client, URI instance, String accessToken, String name) throws Exception {
        StreamProbe probe = new StreamProbe(name);
        URI uri = URI.create("ws" + instance.toString().substring("http".length()) + "/api/v1/stream");
        try {
            probe.socket = client.newWebSocketBuilder().connectTimeout(OPEN_TIMEOUT)
                    .header("Authorization", "Bearer " + accessToken)
                    .buildAsync(uri, probe).get(OPEN_TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException failed) {
            throw new CheckFailed("stream " + name + " on " + uri + " did not open: " + Report.describe(failed));
        }
        return probe;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            take(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private void take(String text) {
        JsonNode message;
        try {
            message = Api.JSON.readTree(text);
        } catch (IOException notJson) {
            synchronized (this) {
                errors.add("not JSON: " + text);
            }
            return;
        }
        String type = message.path("type").asText();
        synchronized (this) {
            if (type.equals("quote")) {
                quotes.add(new Quote(message.path("seq").asLong(-1), message.path("price").decimalValue()));
            } else if (type.equals("error")) {
                errors.add(message.path("error").path("code").asText());
            }
        }
        messages.add(message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    /** Waits for the next message of this type, skipping others (quotes are kept apart anyway). */
    JsonNode await(String type, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        List<String> seen = new ArrayList<>();
        while (true) {
            JsonNode message = messages.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new CheckFailed("stream " + name + ": no '" + type + "' within " + within.toMillis() + " ms (saw "
                        + seen + (closed.isDone() ? ", closed " + closeCode() : "") + ")");
            }
            if (type.equals(message.path("type").asText())) {
                return message;
            }
            seen.add(message.path("type").asText() + (message.has("error")
                    ? " " + message.path("error").path("code").asText() : ""));
        }
    }

    /** Subscribes to one symbol and waits for the acknowledgement. */
    void subscribe(String symbol, Duration within) throws InterruptedException {
        socket.sendText("{\"type\":\"subscribe\",\"symbols\":[\"" + symbol + "\"]}", true);
        await("subscribed", within);
    }

    synchronized List<Quote> quotes() {
        return List.copyOf(quotes);
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    /** The close code the server sent, waiting at most {@code within}; fails if it did not close. */
    int awaitClose(Duration within) throws InterruptedException {
        try {
            return closed.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException open) {
            throw new CheckFailed("stream " + name + " was still open after " + within.toMillis() + " ms");
        } catch (java.util.concurrent.ExecutionException failed) {
            throw new CheckFailed("stream " + name + " failed: " + Report.describe(failed.getCause()));
        }
    }

    private String closeCode() {
        return closed.isCompletedExceptionally() ? "with an error" : String.valueOf(closed.getNow(-1));
    }

    /** Closes normally and waits briefly for the server's answer, so its seat is given back. */
    @Override
    public void close() {
        if (socket == null || closed.isDone()) {
            return;
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "check done").exceptionally(failed -> null);
        try {
            closed.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | java.util.concurrent.ExecutionException ignored) {
            // the server did not answer the close: drop the connection
        }
        socket.abort();
    }
}
