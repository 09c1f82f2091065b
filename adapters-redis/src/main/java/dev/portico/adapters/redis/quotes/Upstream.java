package dev.portico.adapters.redis.quotes;

import dev.portico.application.stream.port.QuoteStream;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the leader follows on the local stream (in production the one that polls the feed): one local
 * subscription per symbol any instance wants, each update handed to {@code relay}. All changes are
 * made under this object's lock, so a reconciliation and a new subscriber never undo each other.
 */
final class Upstream {

    private final QuoteStream local;
    private final Consumer<Quote> relay;
    private final Map<Symbol, QuoteStream.Subscription> followed = new HashMap<>();

    Upstream(QuoteStream local, Consumer<Quote> relay) {
        this.local = local;
        this.relay = relay;
    }

    synchronized void follow(Symbol symbol) {
        followed.computeIfAbsent(symbol, key -> local.subscribe(key, update -> relay.accept(update.quote())));
    }

    /** Follows exactly the symbols {@code wanted} gives, asked for under the lock. */
    synchronized void followOnly(Supplier<Set<Symbol>> wanted) {
        Set<Symbol> symbols = wanted.get();
        for (Symbol symbol : new HashSet<>(followed.keySet())) {
            if (!symbols.contains(symbol)) {
                followed.remove(symbol).cancel();
            }
        }
        symbols.forEach(this::follow);
    }

    synchronized void stopAll() {
        followed.values().forEach(QuoteStream.Subscription::cancel);
        followed.clear();
    }

    synchronized Set<Symbol> followed() {
        return Set.copyOf(followed.keySet());
    }
}
