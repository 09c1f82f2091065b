package dev.portico.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.error.VisitLimitReached;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The errors that say what happened get their status, code and wording here, not from the core. */
class DomainExceptionMapperTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new LinkNotFound("abc"), 404, ErrorCode.NOT_FOUND, "No link with this code", null),
                Arguments.of(new CodeTaken("custom_code", "taken"), 409, ErrorCode.CONFLICT,
                        "custom_code 'taken' is already taken", "custom_code"),
                Arguments.of(new LinkExpired("abc", Instant.parse("2026-01-01T00:00:00Z")), 410, ErrorCode.GONE,
                        "This short link has expired", null),
                Arguments.of(new VisitLimitReached("abc", 3), 410, ErrorCode.GONE,
                        "This short link has reached its visit limit", null),
                Arguments.of(new VersionMismatch(Set.of(2L), OptionalLong.of(1)), 412, ErrorCode.PRECONDITION_FAILED,
                        "The link has changed since that ETag; fetch it again", null));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void givenADomainError_toResponse_picksStatusCodeAndWording(DomainException error, int status, ErrorCode code,
            String message, String field) {
        Response response = new DomainExceptionMapper().toResponse(error);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getEntity()).isInstanceOfSatisfying(ErrorEnvelope.class, envelope -> {
            assertThat(envelope.error().code()).isEqualTo(code.name());
            assertThat(envelope.error().message()).isEqualTo(message);
            assertThat(envelope.error().field()).isEqualTo(field);
        });
    }
}
