/**
 * What the token use cases of {@code auth} share: minting a token pair, token ids, and the per-user
 * "not before" times that logout-all sets. Not use cases themselves; those are the classes of
 * {@code auth}.
 */
package dev.portico.application.auth.support;
