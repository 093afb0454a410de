package org.switchboard.server.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    static final Passwords.Cost FAST = new Passwords.Cost(256, 1, 1);
    final Passwords passwords = Passwords.create(FAST, new SecureRandom());

    @Test
    void hashesInThePhcFormatWithTheConfiguredCost() {
        String stored = passwords.hash("correct horse battery staple");
        assertTrue(stored.matches("\\$argon2id\\$v=19\\$m=256,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
    }

    @Test
    void acceptsTheRightPasswordAndRefusesWrongOnes() {
        String stored = passwords.hash("correct horse battery staple");
        assertEquals(new Passwords.Verification(true, false), passwords.verify("correct horse battery staple", stored));
        assertFalse(passwords.verify("correct horse battery stapler", stored).matches());
        assertFalse(passwords.verify("Correct horse battery staple", stored).matches());
        assertFalse(passwords.verify("", stored).matches());
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(passwords.hash("the same password"), passwords.hash("the same password"));
    }

    /** Hashes made by the reference implementation (Debian's {@code argon2} 20171227 tool) verify here. */
    @Test
    void verifiesHashesMadeByTheReferenceArgon2Tool() {
        // echo -n "correct horse battery staple" | argon2 somesaltsomesalt -id -t 2 -k 1024 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Jl9aMRiFdmA52uqiivDqYVot6fVz3erNUlWPoxyg46A";
        assertTrue(passwords.verify("correct horse battery staple", reference).matches());
        assertFalse(passwords.verify("correct horse battery stapl", reference).matches());
        // echo -n "password" | argon2 somesalt -id -t 1 -k 64 -p 2 -l 32 -e   (two lanes, an 8-byte salt)
        String twoLanes = "$argon2id$v=19$m=64,t=1,p=2$c29tZXNhbHQ$fulyYjWJJvMORDFTPUq4Eatpl3lItiixI9xM9B6eb10";
        assertTrue(passwords.verify("password", twoLanes).matches());
    }

    @Test
    void asksForARehashOnlyWhenTheRightPasswordWasHashedWithAnotherCost() {
        String old = Passwords.create(new Passwords.Cost(128, 1, 1), new SecureRandom()).hash("a long enough password");
        assertEquals(new Passwords.Verification(true, true), passwords.verify("a long enough password", old));
        assertEquals(new Passwords.Verification(false, false), passwords.verify("not the password", old));
        String current = passwords.hash("a long enough password");
        assertEquals(new Passwords.Verification(true, false), passwords.verify("a long enough password", current));
    }

    @Test
    void comparesPasswordsAfterUnicodeNormalisation() {
        String composed = "mật khẩu của tôi";                                  // ậ as one code point
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        assertTrue(passwords.verify(decomposed, passwords.hash(composed)).matches());
    }

    @Test
    void verifyingNothingTakesAHashAndSaysNo() {
        assertFalse(passwords.verifyNothing("whatever was typed"));
    }

    @Test
    void rejectsMalformedHashesSayingWhichPartIsWrongWithoutRepeatingIt() {
        String good = passwords.hash("a long enough password");
        String[] parts = good.split("\\$");
        assertMalformed("$2b$12$abcdefghijklmnopqrstuv", "not an Argon2id hash: it must start with $argon2id$");
        assertMalformed("$argon2i$v=19$m=256,t=1,p=1$" + parts[4] + "$" + parts[5], "not an Argon2id hash");
        assertMalformed("$argon2id$v=16$m=256,t=1,p=1$" + parts[4] + "$" + parts[5], "unsupported Argon2 version v=16 (only v=19)");
        assertMalformed("$argon2id$v=19$t=1,m=256,p=1$" + parts[4] + "$" + parts[5], "malformed Argon2id hash");
        assertMalformed("$argon2id$v=19$m=256,t=0,p=1$" + parts[4] + "$" + parts[5], "Argon2 iterations must be 1..20: 0");
        assertMalformed("$argon2id$v=19$m=4,t=1,p=1$" + parts[4] + "$" + parts[5], "Argon2 memory must be 8..1048576 KiB: 4");
        assertMalformed("$argon2id$v=19$m=99999999999,t=1,p=1$" + parts[4] + "$" + parts[5], "Argon2 parameter m is too large");
        assertMalformed("$argon2id$v=19$m=256,t=1,p=1$c2FsdA$" + parts[5], "Argon2 salt must be 8..64 bytes: 4");
        assertMalformed("$argon2id$v=19$m=256,t=1,p=1$" + parts[4] + "$AAAA", "Argon2 hash must be 16..64 bytes: 3");
        assertMalformed("$argon2id$v=19$m=256,t=1,p=1$" + parts[4] + "$A", "Argon2 hash is not valid base64");
        assertMalformed(good + "$", "malformed Argon2id hash");
        assertMalformed(null, "not an Argon2id hash");
    }

    @Test
    void refusesCostsOutsideTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Passwords.Cost(19_456, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Passwords.Cost(19_456, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new Passwords.Cost(7, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Passwords.Cost(2_000_000, 1, 1));
    }

    /**
     * The default cost is meant to take about 50–150 ms on the 2-core machine; this records the
     * median of three hashes (see the test's output) and only fails when it is absurd.
     */
    @Test
    void theDefaultCostTakesAboutATenthOfASecond() {
        Passwords real = Passwords.create(Passwords.Cost.DEFAULT, new SecureRandom());
        for (int i = 0; i < 2; i++) {
            real.hash("warm up the code paths");
        }
        long[] millis = new long[3];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            real.hash("correct horse battery staple");
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.println("Argon2id " + Passwords.Cost.DEFAULT + ": fastest " + millis[0] + " ms, median " + millis[1] + " ms, all " + Arrays.toString(millis));
        assertTrue(millis[1] >= 10 && millis[1] <= 3_000, "median " + millis[1] + " ms");
    }

    private void assertMalformed(String stored, String messageStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> passwords.verify("x", stored));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        if (stored != null && stored.length() > 50) {
            assertFalse(e.getMessage().contains(stored.substring(stored.length() - 20)), e.getMessage());
        }
    }
}
