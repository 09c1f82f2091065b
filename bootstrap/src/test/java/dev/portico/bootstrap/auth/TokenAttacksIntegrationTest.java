package dev.portico.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import dev.portico.bootstrap.support.TokenForge;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a bearer token can be wrong answers 401 AUTH_REQUIRED with the invalid_token challenge, never 500. */
@ExtendWith(DropwizardExtensionsSupport.class)
class TokenAttacksIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP =
            TestApps.withSqlite(ConfigOverride.config("rateLimits.auth.limit", "10000"));

    private static Http http;
    private static Accounts accounts;
    private static long userId;
    private static String accessToken;
    private static String refreshToken;

    @BeforeAll
    static void logIn() {
        http = new Http(APP.getLocalPort());
        accounts = new Accounts(http);
        String name = Accounts.uniqueName("victim");
        userId = accounts.register(name);
        JsonNode pair = accounts.login(name);
        accessToken = pair.path("access_token").asText();
        refreshToken = pair.path("refresh_token").asText();
    }

    private static void assertRefused(String token) {
        Http.Reply reply = accounts.me(token).assertError(401, "AUTH_REQUIRED", null);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"portico\", error=\"invalid_token\"");
    }

    @Test
    void aGenuineAccessToken_isAccepted() {
        Http.Reply reply = accounts.me(accessToken);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("id").asLong()).isEqualTo(userId);
    }

    @Test
    void aForgedTokenWithTheRightSecretAndClaims_isAccepted_soTheRefusalsBelowAreAboutTheirOneDefect() {
        assertThat(accounts.me(TokenForge.access(userId, "user").sign()).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "nOnE", "NONE"})
    void algNone_inAnySpelling_isRefused(String alg) {
        assertRefused(TokenForge.access(userId, "user").header("alg", alg).sign());
    }

    @Test
    void aTokenSignedWithAnotherSecret_isRefused() {
        assertRefused(TokenForge.access(userId, "user").secret("another-secret-that-is-long-enough-for-hs256!!").sign());
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS384", "HS512"})
    void anotherHmacAlgorithmWithTheSameSecret_isRefused(String alg) {
        assertRefused(TokenForge.access(userId, "user").header("alg", alg).sign());
    }

    @Test
    void aTokenExpiredBeyondTheSkew_isRefused() {
        long now = Instant.now().getEpochSecond();
        assertRefused(TokenForge.access(userId, "user").claim("iat", now - 1000).claim("exp", now - 60).sign());
    }

    @Test
    void aTokenExpiredWithinTheSkew_isStillAccepted() {
        long now = Instant.now().getEpochSecond();
        String token = TokenForge.access(userId, "user").claim("iat", now - 900).claim("exp", now - 10).sign();

        assertThat(accounts.me(token).status()).isEqualTo(200);
    }

    @Test
    void aWrongIssuer_isRefused() {
        assertRefused(TokenForge.access(userId, "user").claim("iss", "evil").sign());
    }

    @Test
    void aWrongAudience_isRefused() {
        assertRefused(TokenForge.access(userId, "user").claim("aud", "another-api").sign());
    }

    @Test
    void aRefreshTokenUsedAsAnAccessToken_isRefused() {
        assertRefused(refreshToken);
    }

    @Test
    void anAccessTypedHeaderWithARefreshTypeClaim_isRefused() {
        assertRefused(TokenForge.access(userId, "user").claim("type", "refresh").sign());
    }

    @Test
    void aRefreshTypedHeaderWithAnAccessTypeClaim_isRefused() {
        assertRefused(TokenForge.access(userId, "user").header("typ", "rt+jwt").sign());
    }

    @Test
    void anAccessTokenPostedToRefresh_isRefused() {
        Http.Reply reply = accounts.refresh(accessToken).assertError(401, "AUTH_REQUIRED", null);

        assertThat(reply.header("WWW-Authenticate")).contains("Bearer", "invalid_token");
    }

    @Test
    void aTamperedPayloadByte_isRefused() {
        String[] parts = accessToken.split("\\.");
        char[] payload = parts[1].toCharArray();
        payload[5] = payload[5] == 'A' ? 'B' : 'A';
        assertRefused(parts[0] + "." + new String(payload) + "." + parts[2]);
    }

    @Test
    void anElevatedRoleWithTheOriginalSignature_isRefused() {
        String[] parts = accessToken.split("\\.");
        String forgedPayload = TokenForge.access(userId, "admin").sign().split("\\.")[1];
        assertRefused(parts[0] + "." + forgedPayload + "." + parts[2]);
    }

    @Test
    void aTruncatedSignature_isRefused() {
        assertRefused(accessToken.substring(0, accessToken.length() - 4));
    }

    @Test
    void aFourSegmentToken_isRefused() {
        assertRefused(accessToken + ".extra");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b", "a.b.c", "..", "eyJhbGciOiJIUzI1NiJ9..."})
    void malformedTokens_areRefused(String token) {
        assertRefused(token);
    }

    @Test
    void aBearerHeaderWithoutAToken_isRefused() {
        Http.Reply reply = http.send(http.request("/api/v1/auth/me").header("Authorization", "Bearer ").GET());

        reply.assertError(401, "AUTH_REQUIRED", null);
    }

    @Test
    void noAuthorizationHeader_isRefusedWithAChallengeWithoutAnErrorCode() {
        Http.Reply reply = http.get("/api/v1/auth/me").assertError(401, "AUTH_REQUIRED", null);

        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"portico\"");
    }

    @Test
    void anotherScheme_isRefused() {
        Http.Reply reply = http.send(http.request("/api/v1/auth/me").header("Authorization", "Basic dXNlcjpwYXNz").GET());

        reply.assertError(401, "AUTH_REQUIRED", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"access_token", "token", "refresh_token"})
    void aTokenInAQueryParameter_isRefusedWith400NamingTheParameter(String parameter) {
        Http.Reply reply = http.send(http.request("/api/v1/auth/me?" + parameter + "=" + accessToken)
                .header("Authorization", "Bearer " + accessToken).GET());

        reply.assertError(400, "VALIDATION_ERROR", parameter);
    }

    @Test
    void anUnknownRoleClaim_isRefused() {
        assertRefused(TokenForge.access(userId, "root").sign());
    }

    @Test
    void aSubjectThatIsNotAUserId_isRefused() {
        assertRefused(TokenForge.access(userId, "user").claim("sub", "alice").sign());
    }
}
