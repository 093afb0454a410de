package org.switchboard.server.editor.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/** The editor's entry JSON read into a FaqEntry, and every mistake named by its field. */
class EntryJsonTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ENTRY = "{\"id\": \"reset-password\", \"language\": \"en\", \"question\": \"How do I reset my password?\","
            + " \"alternates\": [\"forgot my password\"], \"answer\": \"Open [the reset page](https://example.com/reset).\","
            + " \"tags\": [\"account\"], \"follow_ups\": [\"change-email\"],"
            + " \"translations\": {\"vi\": {\"question\": \"Làm sao để đặt lại mật khẩu?\", \"alternates\": [\"quên mật khẩu\"],"
            + " \"answer\": \"Mở trang đặt lại.\"}}, \"owner\": \"maria\", \"review_by\": \"2027-01-31\"}";

    static FaqEntry read(String json) throws Exception {
        return EntryJson.read(JSON.readTree(json), "content");
    }

    static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage();
    }

    @Test
    void theContractsExampleIsReadWhole() throws Exception {
        FaqEntry e = read(ENTRY);
        assertEquals("reset-password", e.id());
        assertEquals(Language.ENGLISH, e.language());
        assertEquals(List.of("forgot my password"), e.alternates());
        assertEquals(List.of("account"), e.tags());
        assertEquals(List.of("change-email"), e.followUps());
        assertEquals(List.of("quên mật khẩu"), e.translations().get(Language.VIETNAMESE).alternates());
        assertEquals("Mở trang đặt lại.", e.translations().get(Language.VIETNAMESE).answer());
    }

    @Test
    void mistakesNameTheField() {
        assertEquals("content.question: is required", error(ENTRY.replace("\"How do I reset my password?\"", "null")));
        assertEquals("content.alternates[0]: must be a non-empty string", error(ENTRY.replace("[\"forgot my password\"]", "[3]")));
        assertEquals("content.translations.vi.answer: is required", error(ENTRY.replace("\"Mở trang đặt lại.\"", "\"\"")));
        assertEquals("content.language: unsupported language 'xx'; supported: en, vi, el, tl, ar",
                error(ENTRY.replace("\"language\": \"en\"", "\"language\": \"xx\"")));
        assertEquals("content: unknown field \"answr\" (known: alternates, answer, follow_ups, id, language, owner, question,"
                + " review_by, tags, translations)", error(ENTRY.replace("\"owner\"", "\"answr\"")));
        assertEquals("content.owner: must be a string", error(ENTRY.replace("\"maria\"", "7")));
        assertEquals("content: entry 'reset-password': translation repeats the entry's own language en",
                error(ENTRY.replace("{\"vi\":", "{\"en\":")));
        assertEquals("content: must be a JSON object", error("[1]"));
    }
}
