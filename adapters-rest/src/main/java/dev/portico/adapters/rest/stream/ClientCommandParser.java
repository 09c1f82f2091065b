package dev.portico.adapters.rest.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.adapters.rest.stream.ClientCommand.Authenticate;
import dev.portico.adapters.rest.stream.ClientCommand.Invalid;
import dev.portico.adapters.rest.stream.ClientCommand.Ping;
import dev.portico.adapters.rest.stream.ClientCommand.Subscribe;
import dev.portico.adapters.rest.stream.ClientCommand.Unsubscribe;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a client's text message into a {@link ClientCommand}; never throws on what a client sends. */
final class ClientCommandParser {

    static final String NOT_AN_OBJECT = "A message is a JSON object with a \"type\"";
    static final String UNKNOWN_TYPE = "Unknown message type; expected auth, subscribe, unsubscribe or ping";
    static final String NOT_A_SYMBOL_LIST = "\"symbols\" is a non-empty array of ticker symbols";
    static final String INVALID_SYMBOL = "Invalid ticker symbol";

    private final ObjectMapper json;

    ClientCommandParser(ObjectMapper json) {
        this.json = json;
    }

    ClientCommand parse(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException malformed) {
            message = null;
        }
        if (message == null || !message.isObject()) {
            return new Invalid(NOT_AN_OBJECT, null);
        }
        String type = message.path("type").isTextual() ? message.path("type").asText() : "";
        return switch (type) {
            case "auth" -> new Authenticate(message.path("token").asText(""));
            case "subscribe" -> symbols(message.get("symbols"), Subscribe::new);
            case "unsubscribe" -> symbols(message.get("symbols"), Unsubscribe::new);
            case "ping" -> new Ping();
            default -> new Invalid(UNKNOWN_TYPE, "type");
        };
    }

    private static ClientCommand symbols(JsonNode node, Function<List<Symbol>, ClientCommand> command) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return new Invalid(NOT_A_SYMBOL_LIST, "symbols");
        }
        List<Symbol> symbols = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                return new Invalid(INVALID_SYMBOL, "symbols");
            }
            try {
                symbols.add(Symbol.parse(item.asText()));
            } catch (InvalidInputException invalid) {
                return new Invalid(INVALID_SYMBOL + ": " + abbreviate(item.asText()), "symbols");
            }
        }
        return command.apply(symbols);
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 16 ? printable.substring(0, 16) + "..." : printable;
    }
}
