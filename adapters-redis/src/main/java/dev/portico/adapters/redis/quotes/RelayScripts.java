package dev.portico.adapters.redis.quotes;

/** The Lua scripts of the relay; each runs atomically, with the time read from Redis. */
final class RelayScripts {

    private static final String NOW = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            """;

    /** KEYS[1] the leader key; ARGV instance, lease ms. 1 when the instance holds the lease (now extended). */
    static final String CLAIM_OR_EXTEND = """
            local holder = redis.call('GET', KEYS[1])
            if holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            if not holder then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0
            """;

    /** KEYS[1] the leader key; ARGV instance. Gives the lease up if the instance holds it. */
    static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    /**
     * KEYS leader, seq, last; ARGV instance, channel, the update's text after its seq, and the highest
     * seq the instance has seen of the symbol. Numbers and publishes the update if the instance still
     * leads; the seq, or 0 when it does not. The seq never falls to or below what was seen, even when
     * Redis lost its keys (restarted without persistence).
     */
    static final String PUBLISH = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            local seq = redis.call('INCR', KEYS[2])
            local seen = tonumber(ARGV[4])
            if seq <= seen then
              seq = seen + 1
              redis.call('SET', KEYS[2], seq)
            end
            local text = 'q1 ' .. seq .. ' ' .. ARGV[3]
            redis.call('SET', KEYS[3], text)
            redis.call('PUBLISH', ARGV[2], text)
            return seq
            """;

    /** KEYS[1] the interest set; ARGV ttl ms, then members ({@code <SYMBOL> <instance>}) to keep. */
    static final String RENEW_INTERESTS = NOW + """
            for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i]) end
            return #ARGV - 1
            """;

    /** KEYS[1] the interest set. Drops the lapsed interests and returns the members left. */
    static final String LIVE_INTERESTS = NOW + """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            return redis.call('ZRANGE', KEYS[1], 0, -1)
            """;

    private RelayScripts() {
    }
}
