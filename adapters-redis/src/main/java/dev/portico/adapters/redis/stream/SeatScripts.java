package dev.portico.adapters.redis.stream;

/**
 * The Lua scripts over a user's sorted set of seats (member: instance and connection, score: the
 * millisecond the seat expires). They read the time from Redis, so the instances' clocks never
 * disagree about a seat; the key expires with its last seat.
 */
final class SeatScripts {

    private static final String NOW = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            """;
    private static final String EXPIRE_WITH_LAST_SEAT = """
            local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
            if last[2] then redis.call('PEXPIREAT', KEYS[1], last[2]) end
            """;

    /** KEYS[1] the user's seats; ARGV ttl ms, member, limit. 1 when the member holds a seat, else 0. */
    static final String TAKE = NOW + """
            local ttl = tonumber(ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            if not redis.call('ZSCORE', KEYS[1], ARGV[2]) then
              if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
            end
            redis.call('ZADD', KEYS[1], now + ttl, ARGV[2])
            """ + EXPIRE_WITH_LAST_SEAT + """
            return 1
            """;

    /** KEYS[1] the user's seats; ARGV ttl ms, then the members to keep for another ttl. */
    static final String REFRESH = NOW + """
            local ttl = tonumber(ARGV[1])
            for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + ttl, ARGV[i]) end
            """ + EXPIRE_WITH_LAST_SEAT + """
            return #ARGV - 1
            """;

    private SeatScripts() {
    }
}
