package dev.portico.bootstrap.cluster;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh users and client addresses for one run. Login and register share one budget per client
 * address (5 a minute), and the instances take the rightmost untrusted X-Forwarded-For hop, so every
 * auth call carries an address of its check's own: 198.18.R.N (RFC 2544 benchmarking range), R
 * random per run so a second run against the same cluster starts with fresh budgets.
 */
final class Users {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Api api;
    private final String run = random(6);
    private final int block = RANDOM.nextInt(256);
    private final AtomicInteger nextAddress = new AtomicInteger(1);

    Users(Api api) {
        this.api = api;
    }

    /** This run's id, also used to make URLs and codes unique. */
    String run() {
        return run;
    }

    /** A client address no other check uses. */
    String address() {
        int host = nextAddress.getAndIncrement();
        if (host > 254) {
            throw new IllegalStateException("more than 254 client addresses in one run");
        }
        return "198.18." + block + "." + host;
    }

    /** A username unique to this run and tag: 3-32 of [a-z0-9-]. */
    String username(String tag) {
        String name = "c" + run + "-" + tag;
        return name.length() > 32 ? name.substring(0, 32) : name;
    }

    static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return "Pw-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Registers and logs in a fresh user through {@code base}, from an address of its own. */
    Session create(URI base, String tag) throws IOException, InterruptedException {
        String username = username(tag);
        String password = password();
        String address = address();
        register(base, username, password, address).expect(201, "register " + username);
        Reply login = login(base, username, password, address).expect(200, "login " + username);
        String access = login.text("access_token");
        String refresh = login.text("refresh_token");
        CheckFailed.unless(!access.isEmpty() && !refresh.isEmpty(), "login gave no token pair: " + login.excerpt());
        return new Session(username, password, address, access, refresh);
    }

    Reply register(URI base, String username, String password, String address)
            throws IOException, InterruptedException {
        return api.post(base, "/api/v1/auth/register", credentials(username, password), "X-Forwarded-For", address);
    }

    Reply login(URI base, String username, String password, String address) throws IOException, InterruptedException {
        return api.post(base, "/api/v1/auth/login", credentials(username, password), "X-Forwarded-For", address);
    }

    private static Map<String, String> credentials(String username, String password) {
        return Map.of("username", username, "password", password);
    }
}
