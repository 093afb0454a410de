package org.switchboard.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * A fake FAQ: entries, and scripted answers by exact question. An unscripted question finds
 * nothing (HANDOFF) in the fallback language. Records the questions asked.
 */
final class ScriptedFaq implements FaqSearch {
    private final Map<String, FaqEntry> entries = new LinkedHashMap<>();
    private final Map<String, FaqAnswer> script = new HashMap<>();
    final List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());

    /** A small shop: tracking and delivery costs translated to vi and ar, returns in English only. */
    static ScriptedFaq shop() {
        ScriptedFaq faq = new ScriptedFaq();
        faq.add(new FaqEntry("track-order", Language.ENGLISH, "Where is my order?", List.of(),
                "Open the link in your shipping email to see where your parcel is.", List.of("orders"),
                List.of("delivery-costs", "return-item"), Map.of(
                Language.VIETNAMESE, new FaqEntry.Translation("Đơn hàng của tôi đang ở đâu?", List.of(),
                        "Bạn mở đường link trong email giao hàng để xem bưu kiện đang ở đâu."),
                Language.ARABIC, new FaqEntry.Translation("أين طلبي؟", List.of(),
                        "افتح الرابط في رسالة الشحن لترى أين طردك."))));
        faq.add(new FaqEntry("delivery-costs", Language.ENGLISH, "How much is delivery?", List.of(),
                "Standard delivery costs €4.90 and is free over €50.", List.of(), List.of(), Map.of(
                Language.VIETNAMESE, new FaqEntry.Translation("Phí giao hàng là bao nhiêu?", List.of(),
                        "Giao hàng tiêu chuẩn giá €4.90, miễn phí cho đơn trên €50."),
                Language.ARABIC, new FaqEntry.Translation("كم تكلفة التوصيل؟", List.of(),
                        "التوصيل العادي بسعر 4.90 يورو، ومجاني للطلبات فوق 50 يورو."))));
        faq.add(FaqEntry.of("return-item", Language.ENGLISH, "How do I return an item?", List.of(),
                "You can return any item within 30 days, free of charge."));
        return faq;
    }

    void add(FaqEntry entry) {
        entries.put(entry.id(), entry);
    }

    /** {@code question} is answered with {@code faqId}, read in {@code language}. */
    ScriptedFaq answers(String question, Language language, String faqId) {
        script.put(question, new FaqAnswer(question, language, Decision.ANSWER, 0.9, List.of(new Candidate(faqId, 0.9))));
        return this;
    }

    /** {@code question} fits these entries about equally. */
    ScriptedFaq options(String question, Language language, String... faqIds) {
        List<Candidate> candidates = new ArrayList<>();
        for (String id : faqIds) {
            candidates.add(new Candidate(id, 0.3));
        }
        script.put(question, new FaqAnswer(question, language, Decision.OPTIONS, 0.3, candidates));
        return this;
    }

    /** {@code question} fits an entry only weakly. */
    ScriptedFaq weak(String question, Language language, String faqId) {
        script.put(question, new FaqAnswer(question, language, Decision.HANDOFF, 0.1, List.of(new Candidate(faqId, 0.1))));
        return this;
    }

    @Override
    public FaqAnswer ask(String question, Language fallback) {
        asked.add(question);
        FaqAnswer scripted = script.get(question);
        return scripted != null ? scripted : new FaqAnswer(question, fallback, Decision.HANDOFF, 0, List.of());
    }

    @Override
    public Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }
}
