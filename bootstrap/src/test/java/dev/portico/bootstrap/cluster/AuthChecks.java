package dev.portico.bootstrap.cluster;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Accounts and tokens across the cluster: checks 1, 4, 6 and 7. */
final class AuthChecks {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Duration EVERY = Duration.ofMillis(50);

    private final Api api;
    private final Users users;
    private final Options options;

    AuthChecks(Api api, Users users, Options options) {
        this.api = api;
        this.users = users;
        this.options = options;
    }

    /** 1. Register, login and /me through the proxy; the token works on both instances. */
    String registerLoginMe() throws Exception {
        String username = users.username("first");
        String password = Users.password();
        String address = users.address();
        Reply registered = users.register(options.proxy(), username, password, address).expect(201, "register");
        CheckFailed.unless(username.equals(registered.text("username")) && "user".equals(registered.text("role")),
                "register answered " + registered.excerpt());
        Reply login = users.login(options.proxy(), username, password, address).expect(200, "login");
        CheckFailed.unless("Bearer".equals(login.text("token_type")) && !login.text("refresh_token").isEmpty(),
                "login answered " + login.excerpt());
        String[] bearer = {"Authorization", "Bearer " + login.text("access_token")};
        Reply me = api.get(options.proxy(), "/api/v1/auth/me", bearer).expect(200, "GET /me through the proxy");
        CheckFailed.unless(username.equals(me.text("username")) && registered.text("id").equals(me.text("id")),
                "GET /me answered " + me.excerpt() + " for " + username);
        for (URI instance : List.of(options.a1(), options.a2())) {
            Reply direct = api.get(instance, "/api/v1/auth/me", bearer).expect(200, "GET /me on " + instance);
            CheckFailed.unless(username.equals(direct.text("username")), "GET /me on " + instance + " answered "
                    + direct.excerpt());
        }
        return "user " + username + " (id " + me.text("id") + "), /me 200 through the proxy and on both instances";
    }

    /** 4. Six logins from one address through the round-robin proxy: the sixth is refused. */
    String sharedLoginLimit() throws Exception {
        String username = users.username("nobody");
        String address = users.address();
        List<String> upstreams = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Reply refused = users.login(options.proxy(), username, "wrong-password-" + attempt, address)
                    .expectError(401, "INVALID_CREDENTIALS", "login attempt " + attempt);
            refused.upstream().ifPresent(upstreams::add);
        }
        Reply sixth = users.login(options.proxy(), username, "wrong-password-6", address)
                .expectError(429, "RATE_LIMITED", "login attempt 6 from " + address);
        sixth.upstream().ifPresent(upstreams::add);
        String retryAfter = sixth.header("Retry-After").orElse("");
        CheckFailed.unless(retryAfter.matches("[1-9][0-9]*"), "the 429 has Retry-After '" + retryAfter + "'");
        return "attempts 1-5 401 INVALID_CREDENTIALS, 6th 429 RATE_LIMITED with Retry-After " + retryAfter
                + " (X-Forwarded-For " + address + ")" + Upstreams.servedBy(upstreams, 2);
    }

    /** 6. logout-all through A1 refuses the user's older access token on A2 within 1 s. */
    String logoutAllAcross() throws Exception {
        Session user = users.create(options.proxy(), "logout");
        api.get(options.a2(), "/api/v1/auth/me", user.bearer()).expect(200, "GET /me on A2 before logout-all");
        api.post(options.a1(), "/api/v1/auth/logout-all", null, user.bearer()).expect(204, "logout-all on A1");
        api.get(options.a1(), "/api/v1/auth/me", user.bearer())
                .expectError(401, "AUTH_REQUIRED", "GET /me on A1 right after logout-all");
        Poll.Outcome seen = Poll.until(WITHIN, EVERY, () -> api.get(options.a2(), "/api/v1/auth/me", user.bearer()),
                reply -> reply.status() == 401);
        CheckFailed.unless(seen.reached(), "A2 still accepted the old token after " + seen.elapsedMillis()
                + " ms (" + seen.attempts() + " tries): " + seen.last().excerpt());
        seen.last().expectError(401, "AUTH_REQUIRED", "GET /me on A2 after logout-all");
        return "A2 refused the older token (401 AUTH_REQUIRED) after " + seen.elapsedMillis() + " ms, "
                + seen.attempts() + " tries";
    }

    /** 7. A refresh token spent on A1 and presented again on A2 revokes the whole family. */
    String refreshReuseAcross() throws Exception {
        Session user = users.create(options.proxy(), "refresh");
        Reply rotated = refresh(options.a1(), user.refresh()).expect(200, "refresh on A1");
        String newer = rotated.text("refresh_token");
        CheckFailed.unless(!newer.isEmpty() && !newer.equals(user.refresh()), "refresh on A1 gave no new token: "
                + rotated.excerpt());
        refresh(options.a2(), user.refresh()).expectError(401, "AUTH_REQUIRED", "the spent refresh token on A2");
        refresh(options.a1(), newer).expectError(401, "AUTH_REQUIRED", "the newer refresh token on A1 after the reuse");
        return "rotated on A1, old token on A2 401 AUTH_REQUIRED, then the newer token on A1 401 (family revoked)";
    }

    private Reply refresh(URI instance, String token) throws Exception {
        return api.post(instance, "/api/v1/auth/refresh", Map.of("refresh_token", token));
    }
}
