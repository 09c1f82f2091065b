/**
 * What the account use cases of {@code user} share: the password rules and the bounded pool that
 * hashes passwords. Not use cases themselves; those are the classes of {@code user}.
 */
package dev.portico.application.user.support;
