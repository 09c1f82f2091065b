package dev.portico.application.pulse;

import java.time.Duration;

/** What the service says about itself: overall status, version, uptime and the state of its store. */
public record Pulse(Status status, String version, Duration uptime, boolean databaseReachable) {

    public enum Status { OK, DEGRADED, DOWN }
}
