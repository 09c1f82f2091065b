package dev.portico.application.stream.port;

import dev.portico.application.port.CallbackPort;

/**
 * The subscriber port: the client side of one stream connection, as the hub sees it, a nudge that
 * quotes are waiting. The WebSocket adapter implements it and hands itself to
 * {@code StreamHub.connect}; the hub calls it back.
 * The adapter answers by draining the connection when it can write; it must not block the caller.
 */
@CallbackPort
public interface StreamClient {

    void quotesPending();
}
