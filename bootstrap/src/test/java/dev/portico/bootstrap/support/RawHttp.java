package dev.portico.bootstrap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a request byte for byte over a plain socket, for request lines and headers that an HTTP
 * client would normalise or refuse to send ({@code ..} segments, header lines without a colon).
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** {@code GET target} with a Host header, the extra header lines as given, and {@code Connection: close}. */
    public Reply get(String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return send(request.append("Connection: close\r\n\r\n").toString());
    }

    public Reply send(String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Reply.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public record Header(String name, String value) {
    }

    /** The status, the headers in order, and the body of one HTTP/1.1 answer read to the end of the stream. */
    public record Reply(int status, List<Header> headers, String body) {

        public static Reply parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("Not an HTTP answer: " + raw);
            }
            String[] lines = raw.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<Header> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(new Header(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
            }
            return new Reply(status, headers, raw.substring(end + 4));
        }

        public String header(String name) {
            return headers.stream().filter(header -> header.name().equalsIgnoreCase(name))
                    .map(Header::value).findFirst().orElse(null);
        }

        /** Asserts the contract's envelope, as {@link Http.Reply#assertError} does. */
        public Reply assertError(int expectedStatus, String code, String field) {
            Envelopes.assertError(expectedStatus, code, field, status, header("Content-Type"), header("X-Request-Id"), body);
            return this;
        }
    }
}
