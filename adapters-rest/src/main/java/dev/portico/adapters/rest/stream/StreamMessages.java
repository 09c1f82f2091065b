package dev.portico.adapters.rest.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.json.Timestamps;
import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.io.UncheckedIOException;
import java.util.List;

/** The server-to-client messages of the stream, as JSON text. */
final class StreamMessages {

    private final ObjectMapper json;

    StreamMessages(ObjectMapper json) {
        this.json = json;
    }

    String welcome(String requestId) {
        return write(json.createObjectNode().put("type", "welcome").put("request_id", requestId));
    }

    String subscribed(List<Symbol> symbols) {
        ObjectNode node = json.createObjectNode().put("type", "subscribed");
        ArrayNode list = node.putArray("symbols");
        symbols.forEach(symbol -> list.add(symbol.value()));
        return write(node);
    }

    String quote(StreamQuote update) {
        Quote quote = update.quote();
        return write(json.createObjectNode()
                .put("type", "quote")
                .put("symbol", quote.symbol().value())
                .put("price", quote.price())
                .put("currency", quote.currency())
                .put("timestamp", Timestamps.format(quote.asOf()))
                .put("seq", update.seq()));
    }

    String pong() {
        return "{\"type\":\"pong\"}";
    }

    String lagging() {
        return "{\"type\":\"lagging\"}";
    }

    String error(ErrorCode code, String message, String field, String requestId) {
        ObjectNode node = json.createObjectNode().put("type", "error");
        node.set("error", json.valueToTree(ErrorEnvelope.of(code, message, field, requestId).error()));
        return write(node);
    }

    private String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
