package dev.portico.application.port;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port that the core calls back into a driving adapter through (the adapter implements it and
 * hands itself to a use case), as opposed to an out-port the core calls to reach the outside world.
 * The architecture rules let the REST adapter implement a callback port, and only that: it still
 * reaches every other port through a use case.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CallbackPort {
}
