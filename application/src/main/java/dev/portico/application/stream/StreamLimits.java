package dev.portico.application.stream;

/** Limits of the stream: symbols per connection, connections per user and in total. */
public record StreamLimits(int symbolsPerConnection, int connectionsPerUser, int connectionsTotal) {

    public StreamLimits {
        if (symbolsPerConnection < 1 || connectionsPerUser < 1 || connectionsTotal < 1) {
            throw new IllegalArgumentException("Stream limits are at least 1");
        }
    }
}
