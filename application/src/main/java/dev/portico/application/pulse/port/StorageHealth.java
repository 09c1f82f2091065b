package dev.portico.application.pulse.port;

/** Tells whether the store behind the other ports answers a real query right now. */
public interface StorageHealth {

    boolean isReachable();
}
