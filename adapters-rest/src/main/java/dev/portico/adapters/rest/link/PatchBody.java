package dev.portico.adapters.rest.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.application.link.LinkPatch;
import dev.portico.application.link.LinkPatch.Change;
import dev.portico.domain.error.InvalidInputException;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads a PATCH body, where a field left out and a field set to null mean different things, with the
 * same strictness as every other body: an object, known fields only, no type coercion.
 */
final class PatchBody {

    private static final Set<String> FIELDS = Set.of("url", "expires_in", "max_visits", "redirect_status");

    private PatchBody() {
    }

    static LinkPatch read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("Request body must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, "Unknown field '" + name + "'");
            }
        }
        return new LinkPatch(text(body, "url"), whole(body, "expires_in"), whole(body, "max_visits"),
                whole(body, "redirect_status").present()
                        ? Change.to(toInteger(whole(body, "redirect_status").value()))
                        : Change.absent());
    }

    private static Change<String> text(JsonNode body, String field) {
        if (!body.has(field)) {
            return Change.absent();
        }
        JsonNode value = body.get(field);
        if (!value.isTextual()) {
            throw new InvalidInputException(field, "'" + field + "' must be a string");
        }
        return Change.to(value.textValue());
    }

    private static Change<Long> whole(JsonNode body, String field) {
        if (!body.has(field)) {
            return Change.absent();
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return Change.to(null);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidInputException(field, "'" + field + "' must be an integer");
        }
        return Change.to(value.longValue());
    }

    private static Integer toInteger(Long value) {
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidInputException("redirect_status", "redirect_status must be 301, 302, 307 or 308");
        }
        return value.intValue();
    }
}
