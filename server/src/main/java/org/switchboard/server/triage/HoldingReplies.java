package org.switchboard.server.triage;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.switchboard.listener.SuggestedReply;

/**
 * The suggested holding reply, in the mention's language: the language's template with
 * {@code {contact}} filled in, and, when the listener found the FAQ's answer, that answer after the
 * language's lead-in. Mentions in a language without a template get the English one. The team
 * copies or edits it; nothing is posted to the network.
 */
public record HoldingReplies(Map<String, Template> templates, String contact) {
    /** The languages every file must have. */
    public static final Set<String> LANGUAGES = Set.of("en", "vi", "el", "tl", "ar");

    /** One language's texts: the holding reply and the lead-in before an FAQ answer. */
    public record Template(String text, String faq) {
        public Template {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(faq, "faq");
        }
    }

    public HoldingReplies {
        templates = Map.copyOf(templates);
        Objects.requireNonNull(contact, "contact");
        if (!templates.keySet().containsAll(LANGUAGES)) {
            throw new IllegalArgumentException("holding replies are needed in " + LANGUAGES);
        }
    }

    /** The reply for a mention in {@code language} (ISO 639-1), with the FAQ answer when there is one. */
    public String suggest(String language, SuggestedReply faq) {
        Template t = templates.getOrDefault(language, templates.get("en"));
        String text = t.text().replace("{contact}", contact);
        return faq == null ? text : text + "\n\n" + t.faq() + " " + faq.text();
    }
}
