/**
 * What the link use cases of {@code link} share: finding a caller's own link, the visit queue that
 * the redirect fills and the visit log drains, and the visits counted but not yet written. Not use
 * cases themselves; those are the classes of {@code link}.
 */
package dev.portico.application.link.support;
