package dev.portico.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens N stream connections subscribed to a few symbols and measures, for every quote update, how
 * long after the first connection received it each connection did (the fan-out delay), plus how
 * many updates arrived. Run by scripts/bench-stream.sh against a running server:
 * {@code StreamBenchmark <ws-url> <access-token> <connections> <seconds> <symbols,...>}.
 */
public final class StreamBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String token = args[1];
        int connections = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String symbols = args[4];
        HttpClient client = HttpClient.newHttpClient();
        Map<String, Long> firstArrival = new ConcurrentHashMap<>();
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        List<Long> tickToClient = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger quotes = new AtomicInteger();
        AtomicInteger welcomed = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(connections);
        String subscribe = "{\"type\":\"subscribe\",\"symbols\":[\"" + String.join("\",\"", symbols.split(",")) + "\"]}";
        List<WebSocket> sockets = new ArrayList<>();
        long measureFrom = Long.MAX_VALUE;
        for (int i = 0; i < connections; i++) {
            WebSocket socket = client.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .buildAsync(uri, new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            long now = System.nanoTime();
                            long wall = System.currentTimeMillis();
                            text.append(data);
                            if (last) {
                                handle(webSocket, text.toString(), now, wall);
                                text.setLength(0);
                            }
                            webSocket.request(1);
                            return null;
                        }

                        private void handle(WebSocket webSocket, String message, long now, long wall) {
                            try {
                                JsonNode node = JSON.readTree(message);
                                String type = node.path("type").asText();
                                if (type.equals("welcome")) {
                                    welcomed.incrementAndGet();
                                    webSocket.sendText(subscribe, true);
                                } else if (type.equals("subscribed")) {
                                    ready.countDown();
                                } else if (type.equals("quote")) {
                                    String key = node.path("symbol").asText() + "#" + node.path("seq").asLong();
                                    long first = firstArrival.computeIfAbsent(key, k -> now);
                                    if (ready.getCount() == 0) {
                                        quotes.incrementAndGet();
                                        delays.add(now - first);
                                        long tick = java.time.Instant.parse(node.path("timestamp").asText()).toEpochMilli();
                                        tickToClient.add((wall - tick) * 1_000_000L);
                                    }
                                }
                            } catch (java.io.IOException malformed) {
                                throw new IllegalStateException(malformed);
                            }
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                            closed.incrementAndGet();
                            return null;
                        }
                    }).join();
            sockets.add(socket);
        }
        boolean allReady = ready.await(60, TimeUnit.SECONDS);
        System.out.printf("connections: %d opened, %d welcomed, %d subscribed%s%n", sockets.size(), welcomed.get(),
                connections - ready.getCount(), allReady ? "" : " (timed out waiting)");
        delays.clear();
        tickToClient.clear();
        quotes.set(0);
        Thread.sleep(seconds * 1000L);
        List<Long> sorted;
        synchronized (delays) {
            sorted = new ArrayList<>(delays);
        }
        Collections.sort(sorted);
        System.out.printf("quotes received in %d s: %d (%.0f/s), closed by server: %d%n", seconds, quotes.get(),
                quotes.get() / (double) seconds, closed.get());
        List<Long> ticks;
        synchronized (tickToClient) {
            ticks = new ArrayList<>(tickToClient);
        }
        Collections.sort(ticks);
        if (!ticks.isEmpty()) {
            System.out.printf("feed tick (the simulated market's whole-second step) to client: p50 %.1f ms, p99 %.1f ms%n",
                    percentile(ticks, 50), percentile(ticks, 99));
        }
        if (!sorted.isEmpty()) {
            System.out.printf("fan-out delay after the first receiver: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        }
        CompletableFuture.allOf(sockets.stream()
                .map(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bench done").exceptionally(e -> null))
                .toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
