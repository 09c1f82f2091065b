package dev.portico.adapters.redis.quotes;

import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The text forms on the quotes channel and in {@code portico:quotes:last:<SYMBOL>}, space-separated:
 * an update is {@code q1 <seq> <symbol> <price> <currency> <asOf epoch ms> <previous close or -> <source>}
 * (prices as plain decimals, scale kept; the source last, as it may hold spaces), and a notice that
 * an instance wants a symbol is {@code interest <symbol>}.
 */
final class QuoteCodec {

    private static final String UPDATE = "q1";
    private static final String INTEREST = "interest";
    private static final String NONE = "-";

    private QuoteCodec() {
    }

    static String encode(StreamQuote update) {
        return UPDATE + " " + update.seq() + " " + body(update.quote());
    }

    /** What follows {@code q1 <seq> }: the relay's script numbers the update in Redis. */
    static String body(Quote quote) {
        return String.join(" ", quote.symbol().value(), quote.price().toPlainString(), quote.currency(),
                Long.toString(quote.asOf().toEpochMilli()),
                quote.previousClose() == null ? NONE : quote.previousClose().toPlainString(), quote.source());
    }

    static String interest(Symbol symbol) {
        return INTEREST + " " + symbol.value();
    }

    /** The update, or empty when the text is none (an interest notice, or something newer). */
    static Optional<StreamQuote> decodeUpdate(String text) {
        String[] fields = text.split(" ", 8);
        if (fields.length != 8 || !fields[0].equals(UPDATE)) {
            return Optional.empty();
        }
        try {
            Quote quote = new Quote(new Symbol(fields[2]), new BigDecimal(fields[3]), fields[4],
                    Instant.ofEpochMilli(Long.parseLong(fields[5])),
                    fields[6].equals(NONE) ? null : new BigDecimal(fields[6]), fields[7]);
            return Optional.of(new StreamQuote(quote, Long.parseLong(fields[1])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** The symbol of an interest notice, or empty when the text is none. */
    static Optional<Symbol> decodeInterest(String text) {
        String[] fields = text.split(" ", -1);
        if (fields.length != 2 || !fields[0].equals(INTEREST)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Symbol(fields[1]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
