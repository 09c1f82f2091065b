package dev.portico.bootstrap.cluster;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Live quotes across the cluster: check 8. */
final class StreamChecks {

    private static final String SYMBOL = "AAPL";
    private static final String RECONNECT_SYMBOL = "MSFT";
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final Duration COLLECT = Duration.ofSeconds(3);
    private static final Duration HEAD_START = Duration.ofSeconds(1);
    private static final int PER_USER = 5;

    private final Api api;
    private final Users users;
    private final Options options;

    StreamChecks(Api api, Users users, Options options) {
        this.api = api;
        this.users = users;
        this.options = options;
    }

    /**
     * 8a. One socket on each instance: a seq seen on both carries the same price; seq never goes back.
     * A2 subscribes a second after A1, so instances that each counted from their own first
     * subscriber would disagree.
     */
    String sameSeqOnBoth() throws Exception {
        Session user = users.create(options.proxy(), "stream");
        try (StreamProbe a1 = subscribed(options.a1(), user, "A1", SYMBOL)) {
            Thread.sleep(HEAD_START.toMillis());
            try (StreamProbe a2 = subscribed(options.a2(), user, "A2", SYMBOL)) {
                Thread.sleep(COLLECT.toMillis());
                return compare(a1.quotes(), a2.quotes());
            }
        }
    }

    private static String compare(List<StreamProbe.Quote> onA1, List<StreamProbe.Quote> onA2) {
        CheckFailed.unless(!onA1.isEmpty() && !onA2.isEmpty(), "quotes: A1 "
                + onA1.size() + ", A2 " + onA2.size());
        forwardOnly(onA1, "A1");
        forwardOnly(onA2, "A2");
        Map<Long, StreamProbe.Quote> bySeq = new HashMap<>();
        onA1.forEach(quote -> bySeq.put(quote.seq(), quote));
        int common = 0;
        List<String> unequal = new ArrayList<>();
        for (StreamProbe.Quote quote : onA2) {
            StreamProbe.Quote twin = bySeq.get(quote.seq());
            if (twin != null) {
                common++;
                if (twin.price().compareTo(quote.price()) != 0) {
                    unequal.add("seq " + quote.seq() + ": A1 " + twin.price() + ", A2 " + quote.price());
                }
            }
        }
        CheckFailed.unless(unequal.isEmpty(), unequal.size() + " of " + common + " common seqs differ, e.g. "
                + unequal.subList(0, Math.min(3, unequal.size())));
        CheckFailed.unless(common > 0, "no seq seen on both: A1 " + range(onA1) + ", A2 " + range(onA2));
        return SYMBOL + ": A1 " + onA1.size() + " quotes " + range(onA1) + ", A2 (from 1 s later) " + onA2.size()
                + " quotes " + range(onA2) + ", " + common + " seqs on both, all with equal prices";
    }

    /**
     * 8b. A client that leaves A1 for A2 never sees seq go backwards. Another client watches on A2
     * from a second after A1's start until the end, so the symbol stays subscribed there.
     */
    String reconnectNeverBackwards() throws Exception {
        Session user = users.create(options.proxy(), "reconnect");
        StreamProbe a1 = subscribed(options.a1(), user, "A1", RECONNECT_SYMBOL);
        StreamProbe keeper;
        try {
            Thread.sleep(HEAD_START.toMillis());
            keeper = subscribed(options.a2(), user, "A2 (kept open)", RECONNECT_SYMBOL);
        } catch (Exception failed) {
            a1.close();
            throw failed;
        }
        try (keeper) {
            long last;
            try (a1) {
                List<StreamProbe.Quote> before = a1.quotes();
                CheckFailed.unless(!before.isEmpty(), "A1 sent no quote in " + HEAD_START.toMillis() + " ms");
                forwardOnly(before, "A1");
                last = before.get(before.size() - 1).seq();
            }
            try (StreamProbe a2 = subscribed(options.a2(), user, "A2 after reconnecting", RECONNECT_SYMBOL)) {
                a2.await("quote", STEP);
                long first = a2.quotes().get(0).seq();
                CheckFailed.unless(first >= last, RECONNECT_SYMBOL + ": last seq on A1 " + last + ", first on A2 "
                        + first + ": it went back");
                forwardOnly(keeper.quotes(), "A2 (kept open)");
                return RECONNECT_SYMBOL + ": last seq on A1 " + last + ", first on A2 after reconnecting " + first;
            }
        }
    }

    /** 8c. stream.maxConnectionsPerUser (5) holds across instances: the 6th on either is closed with 1013. */
    String connectionLimitAcross() throws Exception {
        Session user = users.create(options.proxy(), "seats");
        List<StreamProbe> open = new ArrayList<>();
        try {
            for (int i = 1; i <= PER_USER; i++) {
                boolean onA1 = i <= 3;
                StreamProbe probe = StreamProbe.open(api.client(), onA1 ? options.a1() : options.a2(), user.access(),
                        "#" + i + " on " + (onA1 ? "A1" : "A2"));
                open.add(probe);
                probe.await("welcome", STEP);
            }
            StringBuilder refused = new StringBuilder();
            for (Map.Entry<String, URI> instance : List.of(Map.entry("A1", options.a1()), Map.entry("A2", options.a2()))) {
                String where = instance.getKey();
                try (StreamProbe sixth = StreamProbe.open(api.client(), instance.getValue(), user.access(), "#6 on " + where)) {
                    int code = sixth.awaitClose(STEP);
                    CheckFailed.unless(code == 1013, "the 6th connection on " + where + " closed with " + code
                            + " (errors " + sixth.errors() + "), expected 1013");
                    CheckFailed.unless(sixth.errors().contains("RATE_LIMITED"), "the 6th connection on " + where
                            + " was closed 1013 without a RATE_LIMITED error (errors " + sixth.errors() + ")");
                    refused.append(refused.isEmpty() ? "" : ", ").append("6th on ").append(where)
                            .append(" RATE_LIMITED then 1013");
                }
            }
            return "3 on A1 + 2 on A2 welcomed; " + refused;
        } finally {
            open.forEach(StreamProbe::close);
        }
    }

    private StreamProbe subscribed(URI instance, Session user, String name, String symbol) throws Exception {
        StreamProbe probe = StreamProbe.open(api.client(), instance, user.access(), name);
        try {
            probe.await("welcome", STEP);
            probe.subscribe(symbol, STEP);
            return probe;
        } catch (RuntimeException | InterruptedException failed) {
            probe.close();
            throw failed;
        }
    }

    private static void forwardOnly(List<StreamProbe.Quote> quotes, String where) {
        for (int i = 1; i < quotes.size(); i++) {
            CheckFailed.unless(quotes.get(i).seq() >= quotes.get(i - 1).seq(), "seq went back on " + where + ": "
                    + quotes.get(i - 1).seq() + " then " + quotes.get(i).seq());
        }
    }

    private static String range(List<StreamProbe.Quote> quotes) {
        return quotes.isEmpty() ? "[]" : "[" + quotes.get(0).seq() + ".." + quotes.get(quotes.size() - 1).seq() + "]";
    }
}
