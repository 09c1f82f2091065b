package dev.portico.adapters.redis.quotes;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import io.lettuce.core.ScriptOutputType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relay's keys in Redis, for one instance: the lease, the interests (members
 * {@code <SYMBOL> <instance>}), each symbol's seq and last update, and the channel. Every call throws
 * {@code StoreUnavailable} when Redis cannot be reached.
 */
final class RelayRedis {

    static final String CHANNEL = "portico:quotes";
    static final String LEADER = "portico:quotes:leader";
    static final String INTEREST = "portico:quotes:interest";

    private final RedisConnections connections;
    private final String instanceId;
    private final RelayTimings timings;

    RelayRedis(RedisConnections connections, String instanceId, RelayTimings timings) {
        this.connections = connections;
        this.instanceId = instanceId;
        this.timings = timings;
    }

    /** True when this instance holds the lease, claimed now or extended. */
    boolean claimOrExtendLease() {
        Long held = connections.call("renewing the quote relay lease", redis -> redis.eval(RelayScripts.CLAIM_OR_EXTEND,
                ScriptOutputType.INTEGER, new String[] {LEADER}, instanceId, Long.toString(timings.lease().toMillis())));
        return held != null && held == 1L;
    }

    void releaseLease() {
        connections.call("giving up the quote relay lease", redis -> redis.eval(RelayScripts.RELEASE,
                ScriptOutputType.INTEGER, new String[] {LEADER}, instanceId));
    }

    /**
     * Numbers, keeps and publishes the quote if this instance still leads, above {@code seenSeq};
     * false when it does not lead.
     */
    boolean relay(Quote quote, long seenSeq) {
        Symbol symbol = quote.symbol();
        Long seq = connections.call("relaying a quote", redis -> redis.eval(RelayScripts.PUBLISH, ScriptOutputType.INTEGER,
                new String[] {LEADER, "portico:quotes:seq:" + symbol.value(), lastKey(symbol)},
                instanceId, CHANNEL, QuoteCodec.body(quote), Long.toString(seenSeq)));
        return seq != null && seq != 0L;
    }

    Optional<StreamQuote> last(Symbol symbol) {
        String text = connections.call("reading the last quote", redis -> redis.get(lastKey(symbol)));
        return text == null ? Optional.empty() : QuoteCodec.decodeUpdate(text);
    }

    void renewInterests(Set<Symbol> symbols) {
        if (symbols.isEmpty()) {
            return;
        }
        String[] args = new String[symbols.size() + 1];
        args[0] = Long.toString(timings.interestTtl().toMillis());
        int i = 1;
        for (Symbol symbol : symbols) {
            args[i++] = member(symbol);
        }
        connections.call("renewing quote interests", redis -> redis.eval(RelayScripts.RENEW_INTERESTS,
                ScriptOutputType.INTEGER, new String[] {INTEREST}, args));
    }

    /** Tells the leader at once that this instance wants the symbol (it would see it at its next round). */
    void announceInterest(Symbol symbol) {
        connections.call("announcing a quote interest", redis -> redis.publish(CHANNEL, QuoteCodec.interest(symbol)));
    }

    void withdrawInterest(Symbol symbol) {
        connections.call("withdrawing a quote interest", redis -> redis.zrem(INTEREST, member(symbol)));
    }

    /** The symbols some instance wants; lapsed interests are dropped on the way. */
    Set<Symbol> liveInterests() {
        List<Object> members = connections.call("reading quote interests", redis -> redis.eval(
                RelayScripts.LIVE_INTERESTS, ScriptOutputType.MULTI, new String[] {INTEREST}));
        Set<Symbol> symbols = new HashSet<>();
        for (Object member : members) {
            String text = String.valueOf(member);
            int space = text.indexOf(' ');
            try {
                symbols.add(new Symbol(space < 0 ? text : text.substring(0, space)));
            } catch (IllegalArgumentException notASymbol) {
                // a member this version does not write: ignored
            }
        }
        return symbols;
    }

    private String member(Symbol symbol) {
        return symbol.value() + " " + instanceId;
    }

    private static String lastKey(Symbol symbol) {
        return "portico:quotes:last:" + symbol.value();
    }
}
