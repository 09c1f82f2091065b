package dev.portico.bootstrap;

/** The version of the running build, from the jar manifest (or "dev" when run from classes). */
final class Version {

    private Version() {
    }

    static String current() {
        String version = PorticoApplication.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
