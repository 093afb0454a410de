package org.switchboard.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.switchboard.faq.io.FaqImporter;

/** Corpora for the FaqIndex tests: the demo corpus, a small hand-made shop, and generated bulk. */
final class Corpora {
    /** Maven runs the tests with the module as working directory, so the repository root is its parent. */
    static final Path DEMO = Path.of("..", "config", "faq", "demo.yaml");

    private static final String[] WORDS = ("account order parcel refund invoice password delivery return exchange "
            + "warranty phone laptop tablet screen battery charger cable voucher discount payment card bank transfer "
            + "address email newsletter store opening hours contact support agent manager complaint shipping express "
            + "standard tracking number subscription plan roaming data sim activate cancel change update delete create "
            + "verify").split(" ");

    private Corpora() {
    }

    /** The 36 entries of {@code config/faq/demo.yaml}, in five languages. */
    static List<FaqEntry> demo() {
        try {
            return FaqImporter.create(Language.ENGLISH).read(DEMO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FaqFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Eight English entries of five phrasings each. {@code refund-phone} and {@code refund-laptop}
     * differ in one word, so a refund question that names neither fits both.
     */
    static List<FaqEntry> shop() {
        return List.of(
                entry("opening-hours", "When are you open?", "What are your opening hours?", "Are you open on Sunday?",
                        "What time do you close today?", "Is the shop open on public holidays?"),
                entry("reset-password", "How do I reset my password?", "I forgot my password", "I cannot log in to my account",
                        "My password is not accepted", "Send me a password reset link"),
                entry("track-order", "Where is my order?", "How can I track my parcel?", "My package has not arrived",
                        "Has my order been shipped?", "Where do I find the tracking number?"),
                entry("delivery-cost", "How much is delivery?", "Is shipping free?", "What does express shipping cost?",
                        "Do you charge for delivery?", "What is the delivery fee?"),
                entry("refund-phone", "How do I get a refund for a phone?", "Can I get my money back for a phone?",
                        "Refund for a phone I bought", "I want a refund for my phone", "Phone refund"),
                entry("refund-laptop", "How do I get a refund for a laptop?", "Can I get my money back for a laptop?",
                        "Refund for a laptop I bought", "I want a refund for my laptop", "Laptop refund"),
                entry("gift-cards", "Do you sell gift cards?", "Can I buy a voucher?", "How do I use a gift card?",
                        "Does my gift card expire?", "Gift card balance"),
                entry("store-locations", "Where are your stores?", "Do you have a shop in Athens?", "Find a store near me",
                        "Store addresses", "Which cities have a store?"));
    }

    /** The same entries with {@code prefix} before every id, to tell two corpora's answers apart. */
    static List<FaqEntry> withIdPrefix(String prefix, List<FaqEntry> entries) {
        return entries.stream()
                .map(e -> new FaqEntry(prefix + e.id(), e.language(), e.question(), e.alternates(), e.answer(),
                        e.tags(), e.followUps().stream().map(f -> prefix + f).toList(), e.translations()))
                .toList();
    }

    /** {@code count} English entries of five phrasings, each five words drawn from a fixed list plus the entry's own word. */
    static List<FaqEntry> generated(int count, long seed) {
        Random random = new Random(seed);
        List<FaqEntry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] phrasings = new String[5];
            for (int k = 0; k < phrasings.length; k++) {
                phrasings[k] = phrasing(random, i);
            }
            out.add(entry("bulk-" + i, phrasings));
        }
        return out;
    }

    /** An English entry whose question is the first phrasing and whose answer names the id. */
    static FaqEntry entry(String id, String... phrasings) {
        return FaqEntry.of(id, Language.ENGLISH, phrasings[0], List.of(phrasings).subList(1, phrasings.length),
                "The answer of " + id + ".");
    }

    private static String phrasing(Random random, int entry) {
        StringBuilder b = new StringBuilder("how do i");
        for (int k = 0; k < 5; k++) {
            b.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.append(" item").append(entry).toString();
    }
}
