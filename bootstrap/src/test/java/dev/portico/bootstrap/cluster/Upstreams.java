package dev.portico.bootstrap.cluster;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who answered through the proxy. Only known when the proxy names its upstream in an
 * {@code X-Upstream} header (nginx: {@code add_header X-Upstream $upstream_addr always;}); without
 * it the checks rely on the proxy's round-robin and say nothing.
 */
final class Upstreams {

    private Upstreams() {}

    /** " (served by A×3, B×3)", or "" when the proxy named no upstream; fails if fewer than expected answered. */
    static String servedBy(List<String> upstreams, int expectedDistinct) {
        if (upstreams.isEmpty()) {
            return "";
        }
        Map<String, Long> counts = upstreams.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        String served = counts.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(", "));
        CheckFailed.unless(counts.size() >= expectedDistinct, "only " + served + " answered through the proxy");
        return " (served by " + served + ")";
    }
}
