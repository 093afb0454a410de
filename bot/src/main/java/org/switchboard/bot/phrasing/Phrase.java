package org.switchboard.bot.phrasing;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The keys of a phrasing file, each either a text (with the {@code {placeholders}} it must use)
 * or a list of phrases the bot listens for. Every language's file has every key; see
 * {@code config/phrasing/en.yaml} for what each one is for.
 */
public enum Phrase {
    GREETING("greeting", "name"),
    AWAY_TODAY("away.today", "time"),
    AWAY_TOMORROW("away.tomorrow", "time"),
    AWAY_LATER("away.later", "day", "time"),
    DAY_MONDAY("day.monday"),
    DAY_TUESDAY("day.tuesday"),
    DAY_WEDNESDAY("day.wednesday"),
    DAY_THURSDAY("day.thursday"),
    DAY_FRIDAY("day.friday"),
    DAY_SATURDAY("day.saturday"),
    DAY_SUNDAY("day.sunday"),
    HELPFUL_ASK("helpful.ask"),
    HELPFUL_YES_LABEL("helpful.yes_label"),
    HELPFUL_NO_LABEL("helpful.no_label"),
    HELPFUL_GLAD("helpful.glad"),
    HELPFUL_SORRY("helpful.sorry"),
    OPTIONS_ASK("options.ask"),
    OPTIONS_NONE_LABEL("options.none_label"),
    CLARIFY_ASK("clarify.ask"),
    PERSON_LABEL("person.label"),
    HANDOFF_VISITOR_ASKED("handoff.visitor_asked"),
    HANDOFF_NO_ANSWER("handoff.no_answer"),
    HANDOFF_NOT_HELPFUL("handoff.not_helpful"),
    HANDOFF_NEXT_OPEN("handoff.next_open"),
    HANDOFF_NEXT_AWAY("handoff.next_away"),
    HANDOFF_ALREADY_ASKED("handoff.already_asked"),
    HANDOFF_FRUSTRATION("handoff.frustration"),
    HANDOFF_TOPIC("handoff.topic"),
    AGENT_JOINED("agent.joined", "name", "team"),
    AGENT_LEFT("agent.left", "name"),
    AGENT_HANDED_BACK("agent.handed_back", "name"),
    AGENT_TRANSFERRED("agent.transferred", "name", "team"),
    CALLBACK_OFFER_AWAY("callback.offer_away"),
    CALLBACK_OFFER_NO_AGENT("callback.offer_no_agent"),
    CALLBACK_OFFER_LONG_WAIT("callback.offer_long_wait"),
    CALLBACK_YES_LABEL("callback.yes_label"),
    CALLBACK_WAIT_LABEL("callback.wait_label"),
    CALLBACK_REQUESTED("callback.requested"),
    CALLBACK_WAITING("callback.waiting"),
    CALLBACK_SLOTS("callback.slots", "zone"),
    CALLBACK_SLOTS_LATE("callback.slots_late", "hours", "zone"),
    CALLBACK_SLOTS_MORE("callback.slots_more", "zone"),
    CALLBACK_NO_MORE("callback.no_more", "zone"),
    CALLBACK_SLOT_TAKEN("callback.slot_taken", "zone"),
    CALLBACK_SLOT_GONE("callback.slot_gone", "zone"),
    CALLBACK_FAILED("callback.failed", "zone"),
    CALLBACK_LATER_LABEL("callback.later_label"),
    CALLBACK_ASK_CONTACT("callback.ask_contact", "day", "time"),
    CALLBACK_BAD_CONTACT("callback.bad_contact"),
    CALLBACK_ASK_NOTE("callback.ask_note"),
    CALLBACK_NO_NOTE_LABEL("callback.no_note_label"),
    CALLBACK_BOOKED("callback.booked", "day", "time", "zone", "contact"),
    CALLBACK_CALENDAR_TITLE("callback.calendar_title", "team"),
    MANAGE_TITLE("manage.title"),
    MANAGE_WHEN("manage.when", "day", "time", "zone"),
    MANAGE_CONTACT("manage.contact", "contact"),
    MANAGE_CANCELLED("manage.cancelled"),
    MANAGE_FINISHED("manage.finished"),
    MANAGE_UNKNOWN("manage.unknown"),
    MANAGE_CANCEL_LABEL("manage.cancel_label"),
    MANAGE_CANCEL_DONE("manage.cancel_done"),
    MANAGE_RESCHEDULE_LABEL("manage.reschedule_label"),
    MANAGE_MOVED("manage.moved", "day", "time", "zone"),
    MANAGE_TAKEN("manage.taken"),
    MANAGE_PAST("manage.past"),
    MANAGE_NO_SLOTS("manage.no_slots"),
    MANAGE_CALENDAR_LABEL("manage.calendar_label"),
    MANAGE_ERROR("manage.error"),
    QUEUE_NEXT("queue.next"),
    QUEUE_POSITION("queue.position", "position"),
    QUEUE_WAIT("queue.wait", "minutes"),
    QUEUE_WAIT_UNKNOWN("queue.wait_unknown"),
    APOLOGY("apology"),
    THANKS_REPLY("thanks.reply"),
    CLOSING_THANKS("closing.thanks"),
    SURVEY_ASK("survey.ask"),
    SURVEY_ASK_COMMENT("survey.ask_comment"),
    SURVEY_THANKS("survey.thanks"),
    ERROR_EMPTY("error.empty"),
    ERROR_CHOICE("error.choice"),
    ERROR_RATING("error.rating"),
    ERROR_SURVEY("error.survey"),
    /** Ways of asking for a person; found anywhere in a message, in any language. */
    DETECT_PERSON("detect.person", true),
    /** Words of complaint or anger; found anywhere in a message in its language or English. */
    DETECT_NEGATIVE("detect.negative", true),
    /** Whole messages that thank the bot. */
    DETECT_THANKS("detect.thanks", true),
    /** Whole messages that answer "Did that help?" with yes. */
    DETECT_YES("detect.yes", true),
    /** Whole messages that answer "Did that help?" with no. */
    DETECT_NO("detect.no", true);

    private final String key;
    private final boolean list;
    private final List<String> placeholders;

    Phrase(String key, String... placeholders) {
        this.key = key;
        this.list = false;
        this.placeholders = List.of(placeholders);
    }

    Phrase(String key, boolean list) {
        this.key = key;
        this.list = list;
        this.placeholders = List.of();
    }

    /** The dotted key in the file, e.g. {@code "helpful.ask"} for {@code helpful: {ask: …}}. */
    public String key() {
        return key;
    }

    /** Whether the value is a list of phrases rather than a text. */
    public boolean isList() {
        return list;
    }

    /** The placeholders a text must use, each exactly once or more, and no others. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The name of a day of the week, e.g. {@link #DAY_MONDAY}. */
    public static Phrase day(DayOfWeek day) {
        return values()[DAY_MONDAY.ordinal() + day.getValue() - 1];
    }
}
