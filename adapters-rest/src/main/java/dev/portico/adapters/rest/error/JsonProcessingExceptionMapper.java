package dev.portico.adapters.rest.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.portico.domain.error.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/** Body parsing failures: malformed JSON, unknown fields, wrong types, each naming the field at fault. */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof DomainException domain) {
            return DomainExceptionMapper.responseFor(domain);
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown);
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Unknown field '" + field + "'", field);
        }
        if (exception instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = JsonPaths.of(mismatched);
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR,
                    "Field '" + field + "' must be " + expected(mismatched.getTargetType()), field);
        }
        if (exception instanceof MismatchedInputException) {
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Request body must be a JSON object", null);
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping);
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Field '" + field + "' is invalid", field);
        }
        if (exception instanceof JsonParseException) {
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Request body is not valid JSON", null);
        }
        return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Request body could not be read as JSON", null);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "of another type";
    }
}
