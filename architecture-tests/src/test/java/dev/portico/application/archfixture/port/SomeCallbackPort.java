package dev.portico.application.archfixture.port;

import dev.portico.application.port.CallbackPort;

/** A callback port as the application declares it: the core calls a driving adapter back through it. */
@CallbackPort
public interface SomeCallbackPort {

    void somethingHappened();
}
