package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.faq.io.Fixtures.ENGLISH;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/** Export then import gives back exactly the same entries, for every export format. */
class RoundTripTest {

    /** A corpus using every field, several scripts and the characters formats like to choke on. */
    static List<FaqEntry> corpus() {
        Map<Language, FaqEntry.Translation> translations = new LinkedHashMap<>();
        translations.put(Language.VIETNAMESE, new FaqEntry.Translation("Giờ mở cửa?", List.of("Khi nào mở cửa?", "mấy giờ đóng cửa"),
                "Thứ Hai – thứ Sáu, 09:00-17:00.\n\nXem [trang liên hệ](https://example.com/vi/lien-he)."));
        translations.put(Language.GREEK, new FaqEntry.Translation("Τι ώρα ανοίγετε;", List.of(), "Δευτέρα με Παρασκευή, 09:00-17:00."));
        translations.put(Language.ARABIC, new FaqEntry.Translation("ما هي ساعات العمل؟", List.of("متى تفتحون؟"),
                "من الاثنين إلى الجمعة، \"09:00\" - 17:00."));
        FaqEntry hours = new FaqEntry("opening-hours", Language.ENGLISH, "What are your opening hours?",
                List.of("When are you open?", "what time do you close", "\"open\", or 'closed'?"),
                "We are open Monday to Friday, 09:00-17:00.\nSaturdays: \"by appointment\", sometimes.\n\n"
                        + "  Indented line, # not a comment, key: value, - not a list\n[Contact us](https://example.com/contact)",
                List.of("general", "hours & times"), List.of("contact-phone", "ελληνικά.1"), translations);
        FaqEntry phone = new FaqEntry("contact-phone", Language.VIETNAMESE, "Số điện thoại?", List.of(),
                "Gọi 1800 1234 ☎ or mail [us](mailto:help@example.com)", List.of(), List.of("opening-hours"), Map.of());
        FaqEntry tricky = new FaqEntry("ελληνικά.1", Language.GREEK, "null", List.of("true", "~", "123", "0x1F", "- dash",
                "[bracket", "{brace}", "@at", "`tick`", "a: b", "#hash", "*star", "!bang", "%percent", "|pipe", ">gt"),
                "yes", List.of("no"), List.of(), Map.of(Language.TAGALOG, new FaqEntry.Translation("1.10", List.of("1e3"), "on")));
        FaqEntry arabic = FaqEntry.of("ar-1", Language.ARABIC, "كيف أدفع؟", List.of("طرق الدفع"), "بالبطاقة أو نقدًا،\tأو تحويل.");
        return List.of(hours, phone, tricky, arabic);
    }

    @ParameterizedTest
    @EnumSource(value = FaqFormat.class, names = {"YAML", "JSON", "CSV"})
    void importOfExportGivesBackEveryEntryUnchanged(FaqFormat format) throws Exception {
        StringWriter out = new StringWriter();
        FaqExporter.write(corpus(), format, out);
        List<FaqEntry> back = FaqImporter.create(Language.TAGALOG).read("export", new StringReader(out.toString()), format);
        assertEquals(corpus(), back, out.toString());
        for (int i = 0; i < back.size(); i++) {
            assertEquals(List.copyOf(corpus().get(i).translations().keySet()), List.copyOf(back.get(i).translations().keySet()),
                    "translation order");
        }
    }

    @ParameterizedTest
    @EnumSource(value = FaqFormat.class, names = {"YAML", "JSON", "CSV"})
    void exportOfImportedFixtureReadsBackTheSame(FaqFormat format) throws Exception {
        List<FaqEntry> imported = ENGLISH.read(Fixtures.fixture("faq.md"));
        StringWriter out = new StringWriter();
        FaqExporter.write(imported, format, out);
        assertEquals(imported, ENGLISH.read("export", new StringReader(out.toString()), format));
    }
}
