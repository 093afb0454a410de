package org.switchboard.server.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The manage token of a call back (the key of its cancel/reschedule page and calendar file), and
 * the SHA-256 under which it is stored and looked up.
 *
 * <p>The token is HMAC-SHA256 keyed by the conversation's own token (256 random bits that only the
 * visitor's browser holds; the database keeps its hash) over the call back's random reference.
 * So the server can show the link again whenever the visitor's widget reconnects with its
 * conversation token, without the token being in the database or the conversation's stored
 * events: a copied database holds no usable link. 256 bits, URL-safe base64 (43 characters).
 */
public final class ManageTokens {
    static final int LENGTH = 43;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ManageTokens() {
    }

    /** A new random reference for a call back: 128 bits, URL-safe base64 (22 characters). */
    public static String newReference(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    /** The manage token of the call back {@code reference} booked in the conversation whose token is {@code conversationToken}. */
    public static String token(String conversationToken, String reference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(conversationToken.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(("switchboard-callback:" + reference).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** Whether {@code token} has a token's shape: 43 characters of URL-safe base64. Others are refused without a query. */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
