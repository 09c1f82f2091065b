package dev.portico.bootstrap.support;

import java.net.http.HttpRequest;

/** Calls the link API as one logged-in user. */
public final class Links {

    private final Http http;
    private final String accessToken;

    public Links(Http http, String accessToken) {
        this.http = http;
        this.accessToken = accessToken;
    }

    public static Links newUser(Http http) {
        return new Links(http, new Accounts(http).newLoggedInUser().path("access_token").asText());
    }

    public Http.Reply shorten(String body) {
        return send(http.request("/api/v1/shorten").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Http.Reply shorten(String body, String idempotencyKey) {
        return send(http.request("/api/v1/shorten").header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Shortens the URL and returns the new code. */
    public String code(String url) {
        Http.Reply reply = shorten("{\"url\":\"" + url + "\"}");
        if (reply.status() != 201) {
            throw new AssertionError("shorten failed: " + reply.status() + " " + reply.body());
        }
        return reply.json().path("code").asText();
    }

    public Http.Reply get(String path) {
        return send(http.request(path).GET());
    }

    public Http.Reply patch(String code, String body, String ifMatch) {
        HttpRequest.Builder request = http.request("/api/v1/links/" + code).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Http.Reply delete(String code) {
        return send(http.request("/api/v1/links/" + code).DELETE());
    }

    private Http.Reply send(HttpRequest.Builder request) {
        return http.send(request.header("Authorization", "Bearer " + accessToken));
    }
}
