package dev.portico.domain.link;

/** Placeholder until the validated version lands; replaced by the url branch. */
public record TargetUrl(String value) {

    public static final String FIELD = "url";

    public static TargetUrl parse(String raw, String ownBase, boolean allowPrivate) {
        return new TargetUrl(raw);
    }

    public String host() {
        return java.net.URI.create(value).getHost();
    }
}
