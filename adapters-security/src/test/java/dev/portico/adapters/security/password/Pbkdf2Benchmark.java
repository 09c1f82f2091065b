package dev.portico.adapters.security.password;

import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;

/**
 * Prints how long one hash takes at the default iterations on this machine; run by hand, not by the
 * build: {@code java -cp <test classpath> dev.portico.adapters.security.password.Pbkdf2Benchmark [rounds]}.
 */
final class Pbkdf2Benchmark {

    private Pbkdf2Benchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
        Password password = new Password("correct horse battery staple");
        PasswordHash warmUp = hasher.hash(password);
        hasher.matches(password, warmUp);

        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hasher.hash(password);
        }
        double millisPerHash = (System.nanoTime() - start) / 1_000_000.0 / rounds;
        System.out.printf("PBKDF2-HMAC-SHA256, %,d iterations: %.1f ms per hash (mean of %d)%n",
                Pbkdf2PasswordHasher.DEFAULT_ITERATIONS, millisPerHash, rounds);
    }
}
