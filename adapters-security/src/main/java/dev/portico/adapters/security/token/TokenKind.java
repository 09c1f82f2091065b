package dev.portico.adapters.security.token;

/** Access or refresh: the {@code typ} header and {@code type} claim that tell the two apart. */
enum TokenKind {
    ACCESS("at+jwt", "access"),
    REFRESH("rt+jwt", "refresh");

    private static final String MEDIA_TYPE_PREFIX = "application/";

    private final String headerType;
    private final String claimValue;

    TokenKind(String headerType, String claimValue) {
        this.headerType = headerType;
        this.claimValue = claimValue;
    }

    String headerType() {
        return headerType;
    }

    String claimValue() {
        return claimValue;
    }

    /** RFC 7515 §4.1.9: {@code typ} compares case-insensitively and may carry the {@code application/} prefix. */
    boolean matchesHeaderType(String typ) {
        return typ != null
                && (typ.equalsIgnoreCase(headerType) || typ.equalsIgnoreCase(MEDIA_TYPE_PREFIX + headerType));
    }
}
