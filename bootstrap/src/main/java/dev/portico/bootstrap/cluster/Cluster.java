package dev.portico.bootstrap.cluster;

import dev.portico.application.cluster.port.ClusterEvents;
import dev.portico.application.cluster.port.JobClaims;
import dev.portico.application.pulse.port.StorageHealth;
import dev.portico.application.ratelimit.port.RateLimiter;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.application.stream.port.StreamSeats;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What instances share, or this process alone: the events of the cluster, the claims of its jobs,
 * the stream seats, the shared rate limiter, the shared state's health, and how the local quote
 * stream becomes the cluster's. {@link #shared()} is false for one process on its own.
 */
public record Cluster(boolean shared, ClusterEvents events, JobClaims jobClaims, StreamSeats streamSeats,
        Optional<RateLimiter> sharedRateLimiter, Optional<StorageHealth> health, UnaryOperator<QuoteStream> quotes) {
}
