package dev.portico.adapters.quotefeed.simulated;

/** Deterministic pseudo-random numbers addressed by their coordinates, so any one can be computed directly. */
final class Noise {

    private Noise() {
    }

    /** Hashes the parts into 64 well-mixed bits (SplitMix64's finaliser applied after each part). */
    static long hash(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = mix(h ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** Uniform in [-1, 1). */
    static double signed(long... parts) {
        return ((hash(parts) >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    /** Uniform in [0, 1). */
    static double unit(long... parts) {
        return (hash(parts) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
