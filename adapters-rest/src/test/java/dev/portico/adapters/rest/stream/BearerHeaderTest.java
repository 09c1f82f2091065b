package dev.portico.adapters.rest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The upgrade's Authorization header, read the way the endpoint reads it. */
class BearerHeaderTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(value = {
        "Bearer abc.def, abc.def",
        "bearer abc.def, abc.def",
        "'  BEARER   abc.def  ', abc.def",
        "Basic dXNlcjpwdw==, ''",
        "Bearer, ''",
        "'Bearer ', ''",
        "abc.def, ''"
    })
    void aBearerHeader_givesItsToken_andAnyOtherHeaderTheEmptyToken(String header, String token) {
        assertThat(BearerHeader.token(header)).isEqualTo(token);
    }

    @Test
    void noHeader_givesNoToken_soTheClientMayAuthenticateByMessage() {
        assertThat(BearerHeader.token(null)).isNull();
    }
}
