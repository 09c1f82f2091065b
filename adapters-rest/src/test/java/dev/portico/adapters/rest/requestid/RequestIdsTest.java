package dev.portico.adapters.rest.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "client-123.A_b", "0123456789012345678901234567890123456789012345678901234567890123"})
    void givenAWellFormedInboundId_keepOrGenerate_keepsIt(String inbound) {
        assertThat(RequestIds.keepOrGenerate(inbound)).isEqualTo(inbound);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "new\nline", "semi;colon", "é",
        "01234567890123456789012345678901234567890123456789012345678901234"})
    void givenAMissingOrMalformedInboundId_keepOrGenerate_replacesIt(String inbound) {
        assertThat(RequestIds.keepOrGenerate(inbound)).matches("req_[0-9a-f]{16}");
    }

    @Test
    void generatedIds_differ() {
        assertThat(RequestIds.generate()).isNotEqualTo(RequestIds.generate());
    }
}
