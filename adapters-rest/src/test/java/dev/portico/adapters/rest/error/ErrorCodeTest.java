package dev.portico.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, VALIDATION_ERROR", "404, NOT_FOUND", "405, METHOD_NOT_ALLOWED", "406, NOT_ACCEPTABLE",
        "408, BAD_REQUEST", "411, BAD_REQUEST", "413, PAYLOAD_TOO_LARGE", "414, BAD_REQUEST",
        "415, UNSUPPORTED_MEDIA_TYPE", "429, RATE_LIMITED", "431, BAD_REQUEST", "500, INTERNAL_ERROR",
        "502, INTERNAL_ERROR", "503, UPSTREAM_UNAVAILABLE"})
    void forStatus_givesTheContractCodeForWhatTheFrameworkProduces(int status, ErrorCode expected) {
        assertThat(ErrorCode.forStatus(status)).isEqualTo(expected);
    }

    @Test
    void a400_isOnlyEverAValidationError() {
        assertThat(ErrorCode.values()).filteredOn(code -> code.travelsWith(400))
                .containsExactly(ErrorCode.VALIDATION_ERROR);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 411, 414, 431})
    void badRequest_travelsWithTheOtherClientErrors(int status) {
        assertThat(ErrorCode.BAD_REQUEST.travelsWith(status)).isTrue();
    }

    @Test
    void badRequest_claimsNoStatusOfItsOwn() {
        assertThatThrownBy(ErrorCode.BAD_REQUEST::status).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyOtherCode_travelsWithItsOwnStatus() {
        for (ErrorCode code : ErrorCode.values()) {
            if (code != ErrorCode.BAD_REQUEST) {
                assertThat(code.travelsWith(code.status())).as("%s", code).isTrue();
            }
        }
    }

    @Test
    void anEnvelopeWithBadRequestFor400_isRefused() {
        assertThatThrownBy(() -> ErrorResponses.builder(400, ErrorCode.BAD_REQUEST, "The request could not be understood", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
