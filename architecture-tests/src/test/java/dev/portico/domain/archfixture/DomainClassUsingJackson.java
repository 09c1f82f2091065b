package dev.portico.domain.archfixture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Deliberately broken: a domain class that serialises itself with Jackson. */
public final class DomainClassUsingJackson {

    private final ObjectMapper mapper = new ObjectMapper();

    public String toJson() throws JsonProcessingException {
        return mapper.writeValueAsString(this);
    }
}
