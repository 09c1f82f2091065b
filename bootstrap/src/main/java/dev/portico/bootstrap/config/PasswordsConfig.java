package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code passwords:} PBKDF2 work factor and the bounded pool that runs it. */
public class PasswordsConfig {

    public static final int DEFAULT_ITERATIONS = 600_000;

    @Min(1_000)
    @JsonProperty
    private int iterations = DEFAULT_ITERATIONS;

    /** Unset: {@link #defaultHashingThreads(int)} of this machine's processors. */
    @Min(1)
    @Max(64)
    @JsonProperty
    private Integer hashingThreads;

    /** Hashes that may wait for a thread; beyond that, login and register answer 429. */
    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int hashingQueue = 16;

    /** While hashes are queued, the share of its time each hashing thread hashes; it rests the rest. */
    @DecimalMin(value = "0.05")
    @DecimalMax(value = "1.0")
    @JsonProperty
    private double hashingDutyCycle = 0.5;

    public int getIterations() {
        return iterations;
    }

    public int getHashingThreads() {
        return hashingThreads != null ? hashingThreads : defaultHashingThreads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Half the processors, at least one: a login flood keeps the hashing threads busy, and the other
     * half of the machine stays with redirects and the API. On one processor there is nothing to
     * leave, and the one thread shares it.
     */
    public static int defaultHashingThreads(int processors) {
        return Math.max(1, processors / 2);
    }

    public int getHashingQueue() {
        return hashingQueue;
    }

    public double getHashingDutyCycle() {
        return hashingDutyCycle;
    }
}
