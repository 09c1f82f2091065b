package dev.portico.adapters.redis.jobs;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.application.cluster.port.JobClaims;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;

/**
 * Claims of periodic jobs across a cluster: {@code SET portico:job:<job> <instance> NX PX <holdFor>}, so
 * the first instance to claim a job holds the key until it expires and every other claim meanwhile
 * finds it taken. The value names the holder, for whoever looks into Redis. A claim that timed out
 * may still have reached Redis: then no instance runs the job until the claim lapses, which is the
 * safer way to be wrong for a job that must not run twice.
 */
public final class RedisJobClaims implements JobClaims {

    public static final String KEY_PREFIX = "portico:job:";

    private final RedisConnections connections;
    private final String instanceId;

    public RedisJobClaims(RedisConnections connections, String instanceId) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    }

    @Override
    public boolean claim(String job, Duration holdFor) {
        Objects.requireNonNull(job, "job");
        if (holdFor == null || holdFor.isNegative() || holdFor.isZero()) {
            throw new IllegalArgumentException("A job is claimed for a positive time, got " + holdFor);
        }
        long millis = Math.max(1, holdFor.toMillis());
        String answer = connections.call("claiming job " + job,
                redis -> redis.set(KEY_PREFIX + job, instanceId, SetArgs.Builder.nx().px(millis)));
        return "OK".equals(answer);
    }
}
