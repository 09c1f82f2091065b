package dev.portico.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void givenAWireName_fromWireName_findsTheRole() {
        assertThat(Role.fromWireName("user")).contains(Role.USER);
        assertThat(Role.fromWireName("admin")).contains(Role.ADMIN);
    }

    @Test
    void givenAnUnknownOrDifferentlyCasedName_fromWireName_isEmpty() {
        assertThat(Role.fromWireName("ADMIN")).isEmpty();
        assertThat(Role.fromWireName("root")).isEmpty();
        assertThat(Role.fromWireName(null)).isEmpty();
    }

    @Test
    void everyRole_wireName_roundTrips() {
        for (Role role : Role.values()) {
            assertThat(Role.fromWireName(role.wireName())).contains(role);
        }
    }
}
