package dev.portico.adapters.rest.requestid;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** Request ids: keep a well-formed inbound one, otherwise make {@code req_} + 16 hex characters. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "requestId";
    public static final String MDC_KEY = "request_id";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static String keepOrGenerate(String inbound) {
        return inbound != null && ACCEPTED.matcher(inbound).matches() ? inbound : generate();
    }

    public static String generate() {
        return "req_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** The id of the request this thread is serving, or a fresh one when none was assigned. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : generate();
    }
}
