package org.switchboard.server.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106), BouncyCastle's implementation, stored as PHC strings
 * such as {@code $argon2id$v=19$m=19456,t=3,p=1$<salt>$<hash>} (the format of the reference
 * {@code argon2} tool and of libraries in other languages; base64 without padding).
 *
 * <pre>{@code
 * Passwords passwords = Passwords.create(Passwords.Cost.DEFAULT);
 * String stored = passwords.hash("correct horse battery staple");
 * Passwords.Verification v = passwords.verify(typed, stored);
 * if (v.matches() && v.needsRehash()) { store(passwords.hash(typed)); }
 * }</pre>
 *
 * <p>Passwords are compared after Unicode NFC normalisation, so one typed with composed or
 * decomposed accents (Vietnamese, Greek) is the same password. Hashes are compared in constant
 * time. At most as many hashes as there are processors run at once (each takes
 * {@link Cost#memoryKib()} of memory); more callers wait, so a burst of logins cannot exhaust
 * memory. Thread-safe.
 */
public final class Passwords {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=(\\d+)\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    /**
     * Argon2id's cost parameters.
     *
     * @param memoryKib   memory per hash in KiB (8·parallelism .. 1 GiB)
     * @param iterations  passes over the memory (1..20)
     * @param parallelism lanes (1..16)
     */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        /**
         * 19 MiB, 3 passes, 1 lane: OWASP's 19 MiB / 2 passes minimum with one pass more; a median
         * of 57 ms per hash on the 2-core build machine when quiet, 100–300 ms under load (docs/staff.md).
         */
        public static final Cost DEFAULT = new Cost(19_456, 3, 1);

        public Cost {
            if (parallelism < 1 || parallelism > 16) {
                throw new IllegalArgumentException("Argon2 parallelism must be 1..16: " + parallelism);
            }
            if (memoryKib < 8 * parallelism || memoryKib > 1_048_576) {
                throw new IllegalArgumentException("Argon2 memory must be " + 8 * parallelism + "..1048576 KiB: " + memoryKib);
            }
            if (iterations < 1 || iterations > 20) {
                throw new IllegalArgumentException("Argon2 iterations must be 1..20: " + iterations);
            }
        }
    }

    /**
     * What {@link #verify} found.
     *
     * @param matches     the password is right
     * @param needsRehash it is right, but the stored hash was made with other parameters than
     *                    today's: store {@link #hash} of it
     */
    public record Verification(boolean matches, boolean needsRehash) {
    }

    private final Cost cost;
    private final SecureRandom random;
    private final Semaphore running;
    private volatile String dummy;

    private Passwords(Cost cost, SecureRandom random, int concurrent) {
        this.cost = Objects.requireNonNull(cost, "cost");
        this.random = Objects.requireNonNull(random, "random");
        this.running = new Semaphore(concurrent, true);
    }

    public static Passwords create(Cost cost) {
        return new Passwords(cost, new SecureRandom(), Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    static Passwords create(Cost cost, SecureRandom random) {
        return new Passwords(cost, random, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Cost cost() {
        return cost;
    }

    /** A new PHC string for {@code password}, with a fresh 16-byte salt and today's cost. */
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, cost, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKib + ",t=" + cost.iterations + ",p=" + cost.parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Checks {@code password} against a stored PHC string.
     *
     * @throws IllegalArgumentException when {@code stored} is not an Argon2id PHC string this
     *                                  class can check; the message says which part is wrong
     *                                  and never repeats the hash
     */
    public Verification verify(String password, String stored) {
        Objects.requireNonNull(password, "password");
        Parsed parsed = parse(stored);
        byte[] actual = argon2(password, parsed.salt, parsed.cost, parsed.hash.length);
        boolean matches = MessageDigest.isEqual(actual, parsed.hash);
        boolean stale = !parsed.cost.equals(cost) || parsed.hash.length != HASH_BYTES || parsed.salt.length != SALT_BYTES;
        return new Verification(matches, matches && stale);
    }

    /**
     * Spends the time of one verification and returns false: for a login name that does not
     * exist, so that its answer takes as long as a wrong password's and does not reveal which
     * logins exist.
     */
    public boolean verifyNothing(String password) {
        String against = dummy;
        if (against == null) {
            against = hash("switchboard: no such account");
            dummy = against;
        }
        verify(password, against);
        return false;
    }

    /** The parts of a PHC string, checked. */
    record Parsed(Cost cost, byte[] salt, byte[] hash) {
    }

    static Parsed parse(String stored) {
        if (stored == null || !stored.startsWith("$argon2id$")) {
            throw new IllegalArgumentException("not an Argon2id hash: it must start with $argon2id$");
        }
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "malformed Argon2id hash: expected $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>");
        }
        if (!"19".equals(m.group(1))) {
            throw new IllegalArgumentException("unsupported Argon2 version v=" + m.group(1) + " (only v=19)");
        }
        Cost cost = new Cost(parameter(m.group(2), "m"), parameter(m.group(3), "t"), parameter(m.group(4), "p"));
        byte[] salt = base64(m.group(5), "salt");
        byte[] hash = base64(m.group(6), "hash");
        if (salt.length < 8 || salt.length > 64) {
            throw new IllegalArgumentException("Argon2 salt must be 8..64 bytes: " + salt.length);
        }
        if (hash.length < 16 || hash.length > 64) {
            throw new IllegalArgumentException("Argon2 hash must be 16..64 bytes: " + hash.length);
        }
        return new Parsed(cost, salt, hash);
    }

    private static int parameter(String digits, String name) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Argon2 parameter " + name + " is too large", e);
        }
    }

    private static byte[] base64(String text, String what) {
        try {
            return B64_DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Argon2 " + what + " is not valid base64", e);
        }
    }

    private byte[] argon2(String password, byte[] salt, Cost with, int length) {
        byte[] secret = Normalizer.normalize(password, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(with.memoryKib)
                .withIterations(with.iterations)
                .withParallelism(with.parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        running.acquireUninterruptibly();
        try {
            generator.generateBytes(secret, out);
        } finally {
            running.release();
            java.util.Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
