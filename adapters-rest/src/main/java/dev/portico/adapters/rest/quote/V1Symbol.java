package dev.portico.adapters.rest.quote;

import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.Symbol;

/** The v1 API's narrower reading of a ticker: the domain's, less share classes (v1 predates them). */
final class V1Symbol {

    private V1Symbol() {
    }

    /** Trimmed, any case, 1-5 ASCII letters; {@code BRK.B} in any spelling is refused as any malformed ticker. */
    static Symbol parse(String raw) {
        Symbol symbol = Symbol.parse(raw);
        if (symbol.shareClass().isPresent()) {
            throw new InvalidInputException(Symbol.FIELD, Symbol.INVALID);
        }
        return symbol;
    }
}
