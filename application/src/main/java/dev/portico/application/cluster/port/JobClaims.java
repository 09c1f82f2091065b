package dev.portico.application.cluster.port;

import java.time.Duration;

/**
 * Lets one instance of a cluster run each periodic job: the first instance to claim a job holds it
 * for {@code holdFor}, and every other claim of that job within that time is refused.
 */
public interface JobClaims {

    /** True when this instance got the job for the next {@code holdFor}; false when another has it. */
    boolean claim(String job, Duration holdFor);
}
