package dev.portico.adapters.rest.stream;

import dev.portico.domain.quote.Symbol;
import java.util.List;
import java.util.Objects;

/** One client-to-server message of the stream, parsed; {@link Invalid} is a message the server answers with an error. */
sealed interface ClientCommand {

    /** {@code {"type":"auth","token":...}}; a missing token is the empty string. */
    record Authenticate(String token) implements ClientCommand {
        public Authenticate {
            Objects.requireNonNull(token, "token");
        }
    }

    /** {@code {"type":"subscribe","symbols":[...]}} with at least one valid symbol. */
    record Subscribe(List<Symbol> symbols) implements ClientCommand {
        public Subscribe {
            symbols = List.copyOf(symbols);
        }
    }

    /** {@code {"type":"unsubscribe","symbols":[...]}} with at least one valid symbol. */
    record Unsubscribe(List<Symbol> symbols) implements ClientCommand {
        public Unsubscribe {
            symbols = List.copyOf(symbols);
        }
    }

    /** {@code {"type":"ping"}}. */
    record Ping() implements ClientCommand {
    }

    /** Anything else: what is wrong, and the field at fault ({@code null} when it is the whole message). */
    record Invalid(String message, String field) implements ClientCommand {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
