package dev.portico.application.archfixture;

/** A port in all but name: an interface for adapters to implement, declared beside the use cases. */
public interface SomeListener {

    void somethingHappened();
}
