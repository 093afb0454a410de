package org.switchboard.bot.signal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.switchboard.bot.event.FrustrationSign;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.Language;

/**
 * Reads the signals in a visitor's message, using the phrasebook's {@code detect.*} lists:
 * <ul>
 *   <li>a request for a person: a {@code detect.person} phrase anywhere in the message, in any
 *       language (visitors mix languages, and asking for a person must never fail);</li>
 *   <li>thanks, yes, no: the whole message is one of the {@code detect.thanks}, {@code detect.yes}
 *       or {@code detect.no} phrases, in any language;</li>
 *   <li>frustration: a {@code detect.negative} phrase of the message's language or English
 *       (mixed in everywhere); at least {@value #SHOUTING_LETTERS} cased letters of which
 *       {@value #SHOUTING_SHARE} or more are capitals; {@value #EXCLAMATIONS} or more exclamation
 *       marks. Capitals and exclamation marks do not count in thanks or a yes ("THANKS!!!").</li>
 * </ul>
 * Matching is on {@link TextFold folded} text and whole words. Immutable and thread-safe.
 */
public final class Signals {
    /** The fewest letters with case that can be shouting ("HELP" is not). */
    public static final int SHOUTING_LETTERS = 8;
    /** The share of capitals among cased letters that is shouting. */
    public static final double SHOUTING_SHARE = 0.7;
    /** The fewest exclamation marks that show frustration. */
    public static final int EXCLAMATIONS = 3;

    private final Map<Phrase, Map<Language, List<String>>> folded = new EnumMap<>(Phrase.class);

    private Signals(Phrasebook phrases) {
        for (Phrase p : List.of(Phrase.DETECT_PERSON, Phrase.DETECT_NEGATIVE, Phrase.DETECT_THANKS,
                Phrase.DETECT_YES, Phrase.DETECT_NO)) {
            Map<Language, List<String>> byLanguage = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                byLanguage.put(l, phrases.list(l, p).stream().map(TextFold::fold).filter(s -> !s.isEmpty()).toList());
            }
            folded.put(p, byLanguage);
        }
    }

    /** Signals read with this phrasebook's lists. */
    public static Signals create(Phrasebook phrases) {
        return new Signals(phrases);
    }

    /** Whether the message asks for a person ("talk to a human", "nói chuyện với nhân viên"). */
    public boolean asksForPerson(String text) {
        String t = TextFold.fold(text);
        return anyLanguage(Phrase.DETECT_PERSON).anyMatch(p -> TextFold.containsWords(t, p));
    }

    /** Whether the whole message is thanks. */
    public boolean isThanks(String text) {
        return whole(Phrase.DETECT_THANKS, text);
    }

    /** Whether the whole message says yes. */
    public boolean isYes(String text) {
        return whole(Phrase.DETECT_YES, text);
    }

    /** Whether the whole message says no. */
    public boolean isNo(String text) {
        return whole(Phrase.DETECT_NO, text);
    }

    /** The signs of frustration in a message read in {@code language}; empty when there are none. */
    public Set<FrustrationSign> frustration(String text, Language language) {
        Set<FrustrationSign> signs = EnumSet.noneOf(FrustrationSign.class);
        String t = TextFold.fold(text);
        if (negative(language).anyMatch(p -> TextFold.containsWords(t, p))) {
            signs.add(FrustrationSign.NEGATIVE_WORDS);
        }
        if (isThanks(text) || isYes(text)) {
            return signs;
        }
        if (shouting(text)) {
            signs.add(FrustrationSign.SHOUTING);
        }
        if (text.codePoints().filter(c -> c == '!' || c == '\uFF01').count() >= EXCLAMATIONS) {
            signs.add(FrustrationSign.EXCLAMATIONS);
        }
        return signs;
    }

    static boolean shouting(String text) {
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        long lower = text.codePoints().filter(Character::isLowerCase).count();
        return upper + lower >= SHOUTING_LETTERS && upper >= SHOUTING_SHARE * (upper + lower);
    }

    private Stream<String> negative(Language language) {
        Map<Language, List<String>> lists = folded.get(Phrase.DETECT_NEGATIVE);
        return language == Language.ENGLISH ? lists.get(language).stream()
                : Stream.concat(lists.get(language).stream(), lists.get(Language.ENGLISH).stream());
    }

    private Stream<String> anyLanguage(Phrase phrase) {
        return folded.get(phrase).values().stream().flatMap(List::stream);
    }

    private boolean whole(Phrase phrase, String text) {
        String t = TextFold.fold(text);
        return !t.isEmpty() && anyLanguage(phrase).anyMatch(t::equals);
    }
}
