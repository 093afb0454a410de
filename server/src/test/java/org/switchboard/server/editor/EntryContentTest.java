package org.switchboard.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/** The editor's JSON, its error messages, the word folding and ranking of the search. */
class EntryContentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EntryContent parse(String json) throws Exception {
        return EntryContent.fromJson(JSON.readTree(json));
    }

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> parse(json)).getMessage();
    }

    @Test
    void theContractsJsonReadsAndWritesBackTheSame() throws Exception {
        String json = "{\"id\":\"reset-password\",\"language\":\"en\",\"question\":\"How do I reset my password?\","
                + "\"alternates\":[\"forgot my password\"],\"answer\":\"Open [the reset page](https://example.com/reset).\","
                + "\"tags\":[\"account\"],\"follow_ups\":[\"change-email\"],"
                + "\"translations\":{\"vi\":{\"question\":\"Làm sao để đổi mật khẩu?\",\"alternates\":[],\"answer\":\"Mở trang.\"}},"
                + "\"owner\":\"maria\",\"review_by\":\"2027-01-31\"}";
        EntryContent c = parse(json);
        assertEquals("account", c.category());
        assertEquals(LocalDate.parse("2027-01-31"), c.reviewBy());
        assertEquals("Mở trang.", c.entry().translations().get(Language.VIETNAMESE).answer());
        assertEquals(json, c.json());
        assertEquals(c, EntryContent.parse(c.json()));
    }

    @Test
    void mistakesNameTheField() {
        assertEquals("content.id is required", error("{\"language\":\"en\",\"question\":\"q\",\"answer\":\"a\"}"));
        assertEquals("content.question is empty", error("{\"id\":\"x\",\"language\":\"en\",\"question\":\" \",\"answer\":\"a\"}"));
        assertEquals("content.alternates[1] must be a non-empty string",
                error("{\"id\":\"x\",\"language\":\"en\",\"question\":\"q\",\"answer\":\"a\",\"alternates\":[\"b\",\"\"]}"));
        assertEquals("content.translations.vi.answer is empty", error("{\"id\":\"x\",\"language\":\"en\",\"question\":\"q\","
                + "\"answer\":\"a\",\"translations\":{\"vi\":{\"question\":\"q\"}}}"));
        assertTrue(error("{\"id\":\"x y\",\"language\":\"en\",\"question\":\"q\",\"answer\":\"a\"}")
                .startsWith("content: invalid id 'x y'"));
        assertTrue(error("{\"id\":\"x\",\"language\":\"en\",\"question\":\"q\",\"answer\":\"a\",\"colour\":1}")
                .startsWith("content: unknown field \"colour\""));
        assertEquals("content: a JSON object with id, language, question and answer is needed", error("[]"));
    }

    @Test
    void searchFoldsCaseAndAccentsAndRanksByHits() {
        assertEquals(List.of("lam", "sao", "de", "doi", "mat", "khau"), TextFold.words("Làm sao để ĐỔI mật-khẩu?"));
        FaqEntry a = FaqEntry.of("a", Language.ENGLISH, "Reset password", List.of("password forgotten"), "Use the password page.");
        FaqEntry b = FaqEntry.of("b", Language.ENGLISH, "Sign in", List.of(), "Type your password.");
        assertEquals(3, FaqLibrary.score(a, List.of("pass")));
        assertEquals(1, FaqLibrary.score(b, List.of("password")));
        assertEquals(-1, FaqLibrary.score(b, List.of("password", "reset")), "every word must occur");
    }

    @Test
    void searchOverFiveThousandEntriesTakesMilliseconds() {
        List<FaqEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            entries.add(new FaqEntry("e" + i, Language.ENGLISH, "How do I change setting number " + i + " of my account?",
                    List.of("change setting " + i, "where is option " + i), "Open Settings, then Account, then option " + i
                    + ". Changes are saved at once and apply to every device you use.", List.of("account"), List.of(),
                    Map.of(Language.VIETNAMESE, new FaqEntry.Translation("Làm sao để đổi cài đặt " + i + "?", List.of(),
                            "Mở Cài đặt rồi chọn mục " + i + "."))));
        }
        List<String> query = TextFold.words("cài đặt 4321");
        long start = System.nanoTime();
        int found = 0;
        for (int round = 0; round < 5; round++) {
            found = 0;
            for (FaqEntry e : entries) {
                if (FaqLibrary.score(e, query) >= 0) {
                    found++;
                }
            }
        }
        long ms = (System.nanoTime() - start) / 5_000_000;
        System.out.println("EntryContentTest: full-text search over 5000 entries in " + ms + " ms");
        assertEquals(1, found);
        assertTrue(ms < 1000, ms + " ms");
    }
}
