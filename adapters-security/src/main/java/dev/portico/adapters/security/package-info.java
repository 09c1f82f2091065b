/** Security adapters: password hashing and strength, and the JWT codec. */
package dev.portico.adapters.security;
