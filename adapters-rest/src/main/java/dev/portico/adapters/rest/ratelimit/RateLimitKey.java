package dev.portico.adapters.rest.ratelimit;

/** Whose quota a request is charged to. */
public enum RateLimitKey {
    /** The client's address: the socket peer, or X-Forwarded-For behind a trusted proxy. */
    CLIENT_IP,
    /** The authenticated user. */
    USER
}
