package dev.portico.application.link;

/**
 * The changes of a PATCH as the client sent them. A field left out is unchanged; {@code expires_in}
 * and {@code max_visits} sent as null remove the expiry or the limit.
 */
public record LinkPatch(Change<String> url, Change<Long> expiresIn, Change<Long> maxVisits, Change<Integer> redirectStatus) {

    public boolean isEmpty() {
        return !url.present() && !expiresIn.present() && !maxVisits.present() && !redirectStatus.present();
    }

    /** One field of a patch: absent, or present with a value that may be null. */
    public record Change<T>(boolean present, T value) {

        public static <T> Change<T> absent() {
            return new Change<>(false, null);
        }

        public static <T> Change<T> to(T value) {
            return new Change<>(true, value);
        }
    }
}
