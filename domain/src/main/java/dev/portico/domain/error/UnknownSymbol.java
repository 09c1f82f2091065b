package dev.portico.domain.error;

/** The quote feed does not know this symbol. */
public final class UnknownSymbol extends DomainException {

    private final String symbol;

    public UnknownSymbol(String symbol) {
        super("Unknown symbol " + symbol, null);
        this.symbol = symbol;
    }

    /** The symbol in its canonical form. */
    public String symbol() {
        return symbol;
    }
}
