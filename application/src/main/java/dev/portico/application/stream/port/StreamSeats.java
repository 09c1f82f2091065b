package dev.portico.application.stream.port;

import dev.portico.domain.user.UserId;

/**
 * The stream connections each user holds, counted wherever the limit must hold: in one process, or
 * across every instance of a cluster. A seat of an instance that died is given back by the store
 * itself after a while.
 */
public interface StreamSeats {

    /**
     * Takes a seat for the connection if the user holds fewer than {@code limit}; false when the user
     * is at the limit. Taking a seat the connection already holds changes nothing and answers true.
     */
    boolean take(UserId user, String connectionId, int limit);

    /** Gives the connection's seat back; giving back a seat not held changes nothing. */
    void release(UserId user, String connectionId);
}
