package dev.portico.adapters.security.token;

import dev.portico.application.auth.port.TokenCodecContract;
import java.time.Clock;
import java.time.Duration;

class JjwtTokenCodecContractTest extends TokenCodecContract<JjwtTokenCodec> {

    @Override
    protected JjwtTokenCodec newCodec(byte[] secret, String issuer, String audience, Duration clockSkew,
            Clock clock) {
        return new JjwtTokenCodec(secret, issuer, audience, clockSkew, clock);
    }
}
