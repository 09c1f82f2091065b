package dev.portico.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.error.AccountGone;
import dev.portico.domain.error.AdminOnly;
import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.IdempotencyKeyMalformed;
import dev.portico.domain.error.IdempotencyKeyReused;
import dev.portico.domain.error.InvalidCredentials;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkKeptChanging;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.PasswordHashingSaturated;
import dev.portico.domain.error.RefreshTokenRefused;
import dev.portico.domain.error.StreamLimitReached;
import dev.portico.domain.error.UnknownSymbol;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.error.VisitLimitReached;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every domain error gets its status, code, wording, field and headers here, not from the core. */
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
                        "The link has changed since that ETag; fetch it again", null),
                Arguments.of(new LinkKeptChanging("abc", 3), 409, ErrorCode.CONFLICT,
                        "The link kept changing while this change was applied; try again", null),
                Arguments.of(new IdempotencyKeyMalformed("a b", 64), 400, ErrorCode.VALIDATION_ERROR,
                        "Idempotency-Key must be 1 to 64 printable ASCII characters without spaces", "Idempotency-Key"),
                Arguments.of(new IdempotencyKeyReused("key-1"), 409, ErrorCode.CONFLICT,
                        "Idempotency-Key was already used with a different request; use a new key for a new link",
                        "Idempotency-Key"),
                Arguments.of(new UsernameTaken("username", "alice"), 409, ErrorCode.CONFLICT,
                        "Username is already taken", "username"),
                Arguments.of(new AdminOnly(AdminOnly.Action.LIST_EVERY_OWNERS_LINKS), 403, ErrorCode.FORBIDDEN,
                        "Only admins may list every owner's links", null),
                Arguments.of(new FeedUnavailable(Duration.ofSeconds(2)), 503, ErrorCode.UPSTREAM_UNAVAILABLE,
                        "The quote feed is unavailable", null),
                Arguments.of(new UnknownSymbol("ZZZZ"), 404, ErrorCode.NOT_FOUND, "Symbol not found", null),
                Arguments.of(new AccountGone(42), 401, ErrorCode.AUTH_REQUIRED,
                        "The account for this token no longer exists", null),
                Arguments.of(new RefreshTokenRefused(RefreshTokenRefused.Reason.REUSED), 401, ErrorCode.AUTH_REQUIRED,
                        "The refresh token is invalid, expired or revoked; log in again", null),
                Arguments.of(new InvalidCredentials(), 401, ErrorCode.INVALID_CREDENTIALS,
                        "Username or password is incorrect", null),
                Arguments.of(new PasswordHashingSaturated(2, 8, Duration.ofMillis(1500)), 429, ErrorCode.RATE_LIMITED,
                        "Too many password checks are in progress; try again shortly", null),
                Arguments.of(new StreamLimitReached(StreamLimitReached.Scope.TOTAL, 500, Duration.ofSeconds(5)), 429,
                        ErrorCode.RATE_LIMITED, "The stream is full: at most 500 connections in total", null),
                Arguments.of(new StreamLimitReached(StreamLimitReached.Scope.PER_USER, 5, Duration.ofSeconds(5)), 429,
                        ErrorCode.RATE_LIMITED, "At most 5 stream connections per user", null));
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of(new PasswordHashingSaturated(2, 8, Duration.ofMillis(1500)), HttpHeaders.RETRY_AFTER, "2"),
                Arguments.of(new StreamLimitReached(StreamLimitReached.Scope.TOTAL, 500, Duration.ofSeconds(5)),
                        HttpHeaders.RETRY_AFTER, "5"),
                Arguments.of(new FeedUnavailable(Duration.ofMillis(200)), HttpHeaders.RETRY_AFTER, "1"),
                Arguments.of(new AccountGone(42), HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"portico\", error=\"invalid_token\""),
                Arguments.of(new RefreshTokenRefused(RefreshTokenRefused.Reason.EXPIRED), HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"portico\", error=\"invalid_token\""),
                Arguments.of(new InvalidCredentials(), HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"portico\""));
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

    @ParameterizedTest
    @MethodSource("headers")
    void givenADomainErrorWithAHeader_toResponse_setsIt(DomainException error, String header, String value) {
        Response response = new DomainExceptionMapper().toResponse(error);

        assertThat(response.getHeaderString(header)).isEqualTo(value);
    }
}
