package org.switchboard.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    private static final String COMPLAINT = "@acme my fibre has been down since Monday and nobody answers the phone";

    @Test
    void theSameTextPastedWithAnotherLinkOrRetweetMarkerIsNearIdentical() {
        long a = TextFingerprint.of(COMPLAINT + " https://t.co/abc123");
        long b = TextFingerprint.of("RT @someone: " + COMPLAINT + " https://t.co/zzz999");
        long c = TextFingerprint.of(COMPLAINT.toUpperCase());
        assertTrue(TextFingerprint.near(a, b), "distance " + TextFingerprint.distance(a, b));
        assertEquals(a, c, "case does not matter");
    }

    @Test
    void oneWordMoreOrAccentsDroppedIsStillNear() {
        long a = TextFingerprint.of("@acme my fibre has been down since Monday and nobody answers the phone at all today really");
        long b = TextFingerprint.of("@acme my fibre has been down since Monday and nobody answers the phone at all today");
        assertTrue(TextFingerprint.near(a, b), "distance " + TextFingerprint.distance(a, b));
        long vi = TextFingerprint.of("Mạng Acme bị mất kết nối từ sáng đến giờ");
        long viPlain = TextFingerprint.of("Mang Acme bi mat ket noi tu sang den gio");
        assertEquals(vi, viPlain);
    }

    @Test
    void differentPostsAboutTheSameThingAreNotNear() {
        String[] posts = {
                COMPLAINT,
                "@acme my mobile bill doubled this month and nobody explains why",
                "Loving the new Acme fibre plan, setup took ten minutes",
                "@acme how do I change the wifi password on the new router?",
                "@acme my fibre has been slow since Monday, is there an outage in Cebu?",
        };
        for (int i = 0; i < posts.length; i++) {
            for (int j = i + 1; j < posts.length; j++) {
                long a = TextFingerprint.of(posts[i]);
                long b = TextFingerprint.of(posts[j]);
                assertFalse(TextFingerprint.near(a, b), posts[i] + " / " + posts[j] + ": " + TextFingerprint.distance(a, b));
            }
        }
    }

    @Test
    void shortTextsAreNeverNearAnything() {
        assertEquals(TextFingerprint.NONE, TextFingerprint.of("@acme thanks!"));
        assertEquals(TextFingerprint.NONE, TextFingerprint.of("https://t.co/x great"));
        assertFalse(TextFingerprint.near(TextFingerprint.of("@acme thanks!"), TextFingerprint.of("@acme thanks!")));
    }
}
