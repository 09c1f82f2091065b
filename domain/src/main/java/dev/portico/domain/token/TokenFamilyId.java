package dev.portico.domain.token;

/** The id ({@code fam}) shared by every refresh token rotated from one login. */
public record TokenFamilyId(String value) {

    public TokenFamilyId {
        if (value == null || value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("A token family id has 1 to 64 characters");
        }
    }
}
