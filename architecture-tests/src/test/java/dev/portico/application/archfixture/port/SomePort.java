package dev.portico.application.archfixture.port;

/** An out-port as the application declares it; legitimate on its own. */
public interface SomePort {

    boolean isReachable();
}
