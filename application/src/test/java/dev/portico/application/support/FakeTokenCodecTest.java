package dev.portico.application.support;

import dev.portico.application.auth.port.TokenCodecContract;
import java.time.Clock;
import java.time.Duration;

/** The opaque stand-in tokens keep the promises of the signed ones. */
class FakeTokenCodecTest extends TokenCodecContract<FakeTokenCodec> {

    @Override
    protected FakeTokenCodec newCodec(byte[] secret, String issuer, String audience, Duration clockSkew, Clock clock) {
        return new FakeTokenCodec(secret, issuer, audience, clockSkew, clock);
    }
}
