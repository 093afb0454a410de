package org.switchboard.server.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.switchboard.faq.FaqEntry;

/**
 * A fingerprint of a corpus the bot serves: SHA-256 over its entries' JSON in id order, so the
 * same entries give the same hash whatever their order. Kept for every corpus handed to the
 * index, so that at start an index that is behind the store (its background build was lost) is
 * told apart from one changed on the command line.
 */
final class ServedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedCorpus() {
    }

    static String hash(List<FaqEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (FaqEntry e : entries.stream().sorted(Comparator.comparing(FaqEntry::id)).toList()) {
                sha.update(JSON.writeValueAsString(EntryContent.entryJson(e)).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
