package dev.portico.application.user.port;

import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;

/** A slow, salted, one-way password hash with a constant-time check. */
public interface PasswordHasher {

    /** A new hash with a fresh random salt and the current parameters. */
    PasswordHash hash(Password password);

    /** Whether the password produces this hash; constant-time in the comparison. False for a hash it cannot read. */
    boolean matches(Password password, PasswordHash hash);

    /** Whether the hash was made with other parameters than the current ones and should be replaced. */
    boolean needsRehash(PasswordHash hash);
}
