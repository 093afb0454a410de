package org.switchboard.server.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Conversation tokens: 32 bytes from a {@link SecureRandom} in URL-safe base64 without padding
 * (43 characters), and the SHA-256 hash under which a token is stored and looked up. Looking a
 * token up by its hash means the database compares hashes, never the secret itself, so the time
 * a lookup takes tells an attacker nothing useful about a live token.
 */
final class ConversationTokens {
    static final int TOKEN_BYTES = 32;
    static final int TOKEN_LENGTH = 43;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ConversationTokens() {
    }

    static String generate(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** True when {@code token} has the shape of a token: 43 characters of URL-safe base64. */
    static boolean wellFormed(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
