package dev.portico.adapters.quotefeed.simulated;

import dev.portico.domain.quote.Symbol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tickers the simulated market trades, read once from {@code simulated-universe.csv}. */
final class SimulatedUniverse {

    private static final String RESOURCE = "simulated-universe.csv";
    private static final SimulatedUniverse INSTANCE = load();

    private final Map<Symbol, Listing> listings;

    private SimulatedUniverse(Map<Symbol, Listing> listings) {
        this.listings = Collections.unmodifiableMap(listings);
    }

    static SimulatedUniverse instance() {
        return INSTANCE;
    }

    Optional<Listing> find(Symbol symbol) {
        return Optional.ofNullable(listings.get(symbol));
    }

    Set<Symbol> symbols() {
        return listings.keySet();
    }

    private static SimulatedUniverse load() {
        InputStream in = SimulatedUniverse.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        Map<Symbol, Listing> listings = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    Listing listing = parse(text);
                    if (listings.put(listing.symbol(), listing) != null) {
                        throw new IllegalStateException("Duplicate symbol in " + RESOURCE + ": " + listing.symbol());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SimulatedUniverse(listings);
    }

    private static Listing parse(String line) {
        String[] fields = line.split(",");
        if (fields.length != 4) {
            throw new IllegalStateException("Expected symbol,price,volatility,volume in " + RESOURCE + ": " + line);
        }
        return new Listing(new Symbol(fields[0].strip()), new BigDecimal(fields[1].strip()),
                Double.parseDouble(fields[2].strip()), Long.parseLong(fields[3].strip()));
    }
}
