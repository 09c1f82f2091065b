package dev.portico.application.stream;

/**
 * The subscriber port: the client side of one stream connection, as the hub sees it, a nudge that
 * quotes are waiting. It lives beside the hub, not among the out-ports, because the WebSocket
 * adapter implements it.
 * The adapter answers by draining the connection when it can write; it must not block the caller.
 */
public interface StreamClient {

    void quotesPending();
}
