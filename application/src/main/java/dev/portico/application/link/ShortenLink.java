package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.IdempotencyKeys;
import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.IdempotencyKeyMalformed;
import dev.portico.domain.error.IdempotencyKeyReused;
import dev.portico.domain.link.LinkLimits;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Creates a short link with a custom or generated code. The database decides who gets a code, so of
 * concurrent claims exactly one wins; generated codes are retried on a collision. With an
 * idempotency key, a retry of the same request returns the first link instead of a second one.
 */
public final class ShortenLink {

    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 64;
    private static final int GENERATION_ATTEMPTS = 8;

    private final LinkWriter links;
    private final IdempotencyKeys keys;
    private final LinkSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ShortenLink(LinkWriter links, IdempotencyKeys keys, LinkSettings settings, Clock clock) {
        this.links = links;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    public Shortened shorten(Authenticated caller, ShortenCommand command, Optional<String> idempotencyKey) {
        NewLink link = validate(caller, command);
        Optional<IdempotencyClaim> claim = idempotencyKey.map(key -> claim(key, command, link.createdAt()));
        if (claim.isPresent()) {
            Optional<Shortened> earlier = replay(caller, claim.get());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        boolean custom = command.customCode() != null;
        for (int attempt = 0; attempt < GENERATION_ATTEMPTS; attempt++) {
            NewLink candidate = custom ? link : link.withCode(ShortCode.generate(random));
            LinkWriter.InsertOutcome outcome = links.insert(candidate, claim);
            if (outcome instanceof LinkWriter.Inserted inserted) {
                return new Shortened(inserted.link(), false);
            }
            if (outcome instanceof LinkWriter.KeyTaken) {
                return replay(caller, claim.orElseThrow()).orElseThrow(() -> new IdempotencyKeyReused(claim.get().key()));
            }
            Optional<Shortened> raced = claim.flatMap(key -> replay(caller, key));
            if (raced.isPresent()) {
                return raced.get();
            }
            if (custom) {
                throw new CodeTaken(ShortCode.FIELD, command.customCode());
            }
        }
        throw new IllegalStateException("No free short code after " + GENERATION_ATTEMPTS + " attempts");
    }

    private NewLink validate(Authenticated caller, ShortenCommand command) {
        TargetUrl target = TargetUrl.parse(command.url(), settings.publicBaseUrl(), settings.allowPrivateTargets());
        ShortCode code = command.customCode() == null ? ShortCode.generate(random) : ShortCode.custom(command.customCode());
        Duration expiresIn = command.expiresIn() == null ? null : LinkLimits.expiresIn(command.expiresIn());
        Long maxVisits = command.maxVisits() == null ? null : LinkLimits.maxVisits(command.maxVisits());
        RedirectStatus status = command.redirectStatus() == null
                ? settings.defaultRedirectStatus()
                : RedirectStatus.of(command.redirectStatus());
        return new NewLink(code, caller.userId(), target, clock.instant(), expiresIn, maxVisits, status);
    }

    private Optional<Shortened> replay(Authenticated caller, IdempotencyClaim claim) {
        Instant notBefore = claim.createdAt().minus(IdempotencyKeys.IDEMPOTENCY_WINDOW);
        return keys.findByIdempotencyKey(caller.userId(), claim.key(), notBefore).map(earlier -> {
            if (!earlier.requestHash().equals(claim.requestHash())) {
                throw new IdempotencyKeyReused(claim.key());
            }
            return new Shortened(earlier.link(), true);
        });
    }

    private static IdempotencyClaim claim(String key, ShortenCommand command, Instant now) {
        if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw new IdempotencyKeyMalformed(key, MAX_IDEMPOTENCY_KEY_LENGTH);
        }
        return new IdempotencyClaim(key, sha256(command.canonical()), now);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
