package dev.portico.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, BAD_REQUEST", "404, NOT_FOUND", "405, METHOD_NOT_ALLOWED", "406, NOT_ACCEPTABLE",
        "408, BAD_REQUEST", "411, BAD_REQUEST", "413, PAYLOAD_TOO_LARGE", "414, BAD_REQUEST",
        "415, UNSUPPORTED_MEDIA_TYPE", "429, RATE_LIMITED", "431, BAD_REQUEST", "500, INTERNAL_ERROR",
        "502, INTERNAL_ERROR", "503, UPSTREAM_UNAVAILABLE"})
    void forStatus_givesTheContractCodeForWhatTheFrameworkProduces(int status, ErrorCode expected) {
        assertThat(ErrorCode.forStatus(status)).isEqualTo(expected);
    }
}
