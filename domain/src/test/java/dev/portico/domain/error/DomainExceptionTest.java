package dev.portico.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void givenAFieldAtFault_invalidInput_namesTheField() {
        InvalidInputException error = new InvalidInputException("url", "URL must use http or https");

        assertThat(error.field()).contains("url");
        assertThat(error.getMessage()).isEqualTo("URL must use http or https");
    }

    @Test
    void givenNoSingleField_invalidInput_hasNoField() {
        assertThat(new InvalidInputException("Request body must be a JSON object").field()).isEmpty();
    }

    @Test
    void domainErrors_carryNoStackTrace_becauseTheyAreExpectedOutcomes() {
        assertThat(new UnknownSymbol("ZZZZ").getStackTrace()).isEmpty();
    }
}
