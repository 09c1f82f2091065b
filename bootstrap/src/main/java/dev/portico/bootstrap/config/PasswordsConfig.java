package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code passwords:} PBKDF2 work factor and the bounded pool that runs it. */
public class PasswordsConfig {

    public static final int DEFAULT_ITERATIONS = 600_000;

    @Min(1_000)
    @JsonProperty
    private int iterations = DEFAULT_ITERATIONS;

    @Min(1)
    @Max(64)
    @JsonProperty
    private int hashingThreads = 2;

    /** Hashes that may wait for a thread; beyond that, login and register answer 429. */
    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int hashingQueue = 16;

    public int getIterations() {
        return iterations;
    }

    public int getHashingThreads() {
        return hashingThreads;
    }

    public int getHashingQueue() {
        return hashingQueue;
    }
}
