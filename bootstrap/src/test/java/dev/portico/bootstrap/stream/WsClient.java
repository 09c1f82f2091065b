package dev.portico.bootstrap.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A JDK WebSocket client for tests: every message parsed and queued, the close code kept. */
final class WsClient implements WebSocket.Listener {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    final java.util.concurrent.atomic.AtomicInteger pings = new java.util.concurrent.atomic.AtomicInteger();
    private final boolean reads;
    private final StringBuilder partial = new StringBuilder();
    WebSocket socket;

    private WsClient(boolean reads) {
        this.reads = reads;
    }

    static CompletableFuture<WebSocket> open(int port, String query, String bearer, WebSocket.Listener client) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/v1/stream" + query), client);
    }

    static WsClient connect(int port, String bearer) {
        return connect(port, bearer, true);
    }

    /** A client that reads nothing at all when {@code reads} is false. */
    static WsClient connect(int port, String bearer, boolean reads) {
        WsClient client = new WsClient(reads);
        client.socket = open(port, "", bearer, client).join();
        return client;
    }

    WsClient send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** Sends unless the send stalls for a second (the server stopped taking data) or the socket is closed. */
    boolean trySend(String text) {
        try {
            socket.sendText(text, true).get(1, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException stalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    JsonNode next() {
        return next(Duration.ofSeconds(5));
    }

    JsonNode next(Duration wait) {
        try {
            JsonNode message = messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("No message within " + wait + (closed.isDone() ? "; closed " + closed.join() : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message of the type, skipping others (quotes that arrive meanwhile). */
    JsonNode next(String type) {
        return next(message -> type.equals(message.path("type").asText()));
    }

    JsonNode next(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode message = next(Duration.ofNanos(Math.max(left, 1)));
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    int closeCode(Duration wait) {
        try {
            return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("Not closed within " + wait, e);
        }
    }

    void abort() {
        if (socket != null) {
            socket.abort();
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        if (reads) {
            webSocket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
        pings.incrementAndGet();
        return WebSocket.Listener.super.onPing(webSocket, message);
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
}
