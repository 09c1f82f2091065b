package dev.portico.adapters.rest.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bean Validation failures on parameters and bodies, reported for the first faulty field. */
public final class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Pattern JERSEY_PARAMETER = Pattern.compile("(?:query|path|header|form|cookie|matrix) param (.+)");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Optional<ConstraintViolation<?>> first = exception.getConstraintViolations().stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()));
        if (first.isEmpty()) {
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "The request is invalid", null);
        }
        ConstraintViolation<?> violation = first.get();
        String field = fieldOf(violation.getPropertyPath());
        if (field == null) {
            return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Request body must be a JSON object", null);
        }
        return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "'" + field + "' " + violation.getMessage(), field);
    }

    /** The client's name for the violated input, or null when the body as a whole is at fault. */
    static String fieldOf(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() != ElementKind.METHOD) {
                last = node;
            }
        }
        if (last == null) {
            return null;
        }
        Matcher parameter = JERSEY_PARAMETER.matcher(last.getName());
        if (parameter.matches()) {
            return parameter.group(1);
        }
        if (last.getKind() == ElementKind.PARAMETER) {
            return null;
        }
        return CAMEL_HUMP.matcher(last.getName()).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
