package dev.portico.adapters.rest.error;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Renders Jackson's location of a failure as the client wrote it: {@code items[2].symbol}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
