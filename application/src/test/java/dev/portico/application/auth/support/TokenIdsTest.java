package dev.portico.application.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.auth.support.TokenIds;
import dev.portico.domain.token.TokenId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenIdsTest {

    @Test
    void givenAnId_storageHash_isItsSha256In64LowerCaseHexDigits() {
        assertThat(TokenIds.storageHash(new TokenId("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                .matches("[0-9a-f]{64}");
    }

    @Test
    void givenTheSameId_storageHash_isDeterministic() {
        TokenId id = TokenIds.newTokenId();

        assertThat(TokenIds.storageHash(id)).isEqualTo(TokenIds.storageHash(new TokenId(id.value())));
    }

    @Test
    void newIds_areDistinct22CharacterUrlSafeTexts() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String tokenId = TokenIds.newTokenId().value();
            String familyId = TokenIds.newFamilyId().value();
            assertThat(tokenId).matches("[A-Za-z0-9_-]{22}");
            assertThat(familyId).matches("[A-Za-z0-9_-]{22}");
            assertThat(seen.add(tokenId)).isTrue();
            assertThat(seen.add(familyId)).isTrue();
        }
    }
}
