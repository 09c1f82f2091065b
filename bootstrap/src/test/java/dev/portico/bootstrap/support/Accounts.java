package dev.portico.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers and logs in test users through the public API. */
public final class Accounts {

    public static final String PASSWORD = "Velvet-Harbor-Quartz-71";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Http http;

    public Accounts(Http http) {
        this.http = http;
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "-" + COUNTER.incrementAndGet();
    }

    public long register(String username) {
        Http.Reply reply = http.postJson("/api/v1/auth/register", credentials(username, PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asLong();
    }

    public JsonNode login(String username) {
        Http.Reply reply = http.postJson("/api/v1/auth/login", credentials(username, PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A new user, logged in: its token pair. */
    public JsonNode newLoggedInUser() {
        String name = uniqueName("user");
        register(name);
        return login(name);
    }

    public Http.Reply me(String accessToken) {
        return http.send(http.request("/api/v1/auth/me").header("Authorization", "Bearer " + accessToken).GET());
    }

    public Http.Reply refresh(String refreshToken) {
        return http.postJson("/api/v1/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
    }

    public Http.Reply postWithBearer(String path, String accessToken, String body) {
        HttpRequest.Builder request = http.request(path).header("Authorization", "Bearer " + accessToken);
        if (body == null) {
            return http.send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return http.send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
