package dev.portico.application.link;

/** Where a short link sends its visitor, and with which status. */
public record Redirect(String location, int status) {
}
