package dev.portico.domain.error;

/** The resource does not exist, or exists but belongs to someone else (never say which). */
public final class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String message) {
        super(message, null);
    }
}
