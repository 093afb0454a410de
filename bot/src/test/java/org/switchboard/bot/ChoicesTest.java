package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.InputProblem;
import org.switchboard.bot.event.InputRejected;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class ChoicesTest {
    private final ScriptedFaq faq = ScriptedFaq.shop()
            .options("delivery", Language.ENGLISH, "track-order", "delivery-costs")
            .answers("where is my parcel", Language.ENGLISH, "track-order");
    private final Chat chat = Chat.inHours(faq);

    @Test
    void aChoiceFromAnEarlierTurnIsRejectedAndChangesNothing() {
        chat.start(Language.ENGLISH);
        chat.say("delivery");
        chat.say("where is my parcel");
        Conversation before = chat.conversation;

        List<ConversationEvent> events = chat.choose("none");

        InputRejected rejected = Chat.one(events, InputRejected.class);
        assertEquals(List.of(rejected), events);
        assertEquals(InputProblem.UNKNOWN_CHOICE, rejected.problem());
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.ERROR_CHOICE), rejected.text());
        assertEquals(before, chat.conversation);
    }

    @Test
    void aMadeUpChoiceIsRejected() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");

        assertEquals(InputProblem.UNKNOWN_CHOICE, Chat.one(chat.choose("faq:secret"), InputRejected.class).problem());
        assertEquals(InputProblem.UNKNOWN_CHOICE, Chat.one(chat.choose("rating:5"), InputRejected.class).problem());
    }

    @Test
    void talkToAPersonOfferedWithAClarificationAsksForOne() {
        chat.start(Language.ENGLISH);
        chat.say("something it cannot match");

        assertEquals(HandoffReason.VISITOR_ASKED, Chat.one(chat.choose("person"), HandoffRequested.class).reason());
    }

    @Test
    void anEmptyMessageIsRejected() {
        chat.start(Language.TAGALOG);

        InputRejected rejected = Chat.one(chat.say("   "), InputRejected.class);

        assertEquals(InputProblem.EMPTY_MESSAGE, rejected.problem());
        assertEquals("Pakisulat po ang inyong mensahe.", rejected.text());
        assertEquals(List.of(), faq.asked);
    }
}
