package dev.portico.bootstrap.lifecycle;

import io.dropwizard.lifecycle.Managed;

/** Closes a resource when the server stops. */
public final class Closing implements Managed {

    private final AutoCloseable resource;

    private Closing(AutoCloseable resource) {
        this.resource = resource;
    }

    public static Managed of(AutoCloseable resource) {
        return new Closing(resource);
    }

    @Override
    public void stop() throws Exception {
        resource.close();
    }
}
