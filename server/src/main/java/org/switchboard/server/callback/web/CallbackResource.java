package org.switchboard.server.callback.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.switchboard.bot.SlotText;
import org.switchboard.bot.callback.Contact;
import org.switchboard.bot.callback.Slot;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.Language;
import org.switchboard.server.callback.CalendarFile;
import org.switchboard.server.callback.Callback;
import org.switchboard.server.callback.CallbackService;
import org.switchboard.server.callback.CallbackStatus;
import org.switchboard.server.callback.ContactKind;
import org.switchboard.server.http.Public;

/**
 * The visitor's side of a booked call back, public and keyed by its manage token (no staff
 * sign-in): the manage page's API and the calendar file. The page ({@code /callback/#TOKEN})
 * keeps the token in the URL's fragment, which browsers never send, and passes it in the
 * {@code X-Callback-Token} header; only the calendar file has it in its path, because calendars
 * fetch a plain URL. Nothing here logs a token, and every answer is {@code no-store} with
 * {@code Referrer-Policy: no-referrer}.
 *
 * <pre>
 * GET  /api/callbacks/manage              the booking, its texts in the visitor's language, free slots
 * POST /api/callbacks/manage/cancel       cancel
 * POST /api/callbacks/manage/reschedule   {"start": "2026-11-24T08:30:00Z"}: move to that slot
 * GET  /api/callbacks/{token}/callback.ics the calendar file
 * </pre>
 */
@Path("callbacks")
public final class CallbackResource {
    static final String TOKEN_HEADER = "X-Callback-Token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallbackService service;
    private final Phrasebook phrases;
    private final SlotText slotText;
    private final Language siteLanguage;
    private final BiFunction<String, Language, String> teamName;

    @Context
    UriInfo uri;

    public CallbackResource(CallbackService service, Phrasebook phrases, Language siteLanguage,
                            BiFunction<String, Language, String> teamName) {
        this.service = service;
        this.phrases = phrases;
        this.slotText = new SlotText(phrases);
        this.siteLanguage = siteLanguage;
        this.teamName = teamName;
    }

    @GET
    @Path("manage")
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    public Response view(@HeaderParam(TOKEN_HEADER) String token) {
        Optional<Callback> c = service.byToken(token);
        if (c.isEmpty()) {
            return unknown();
        }
        return json(200, view(c.get(), null));
    }

    @POST
    @Path("manage/cancel")
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    public Response cancel(@HeaderParam(TOKEN_HEADER) String token) {
        Optional<Callback> c = service.byToken(token);
        if (c.isEmpty()) {
            return unknown();
        }
        if (!service.cancel(token)) {
            return json(409, view(service.byToken(token).orElseThrow(), Map.of("error", "not_booked")));
        }
        Callback now = service.byToken(token).orElseThrow();
        return json(200, view(now, Map.of("message", say(now, Phrase.MANAGE_CANCEL_DONE))));
    }

    @POST
    @Path("manage/reschedule")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reschedule(@HeaderParam(TOKEN_HEADER) String token, String body) {
        Optional<Callback> c = service.byToken(token);
        if (c.isEmpty()) {
            return unknown();
        }
        Instant start;
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            start = Instant.parse(node.path("start").asText());
        } catch (IOException | DateTimeException e) {
            return json(400, Map.of("error", "bad_request", "message", "send {\"start\": \"<ISO-8601 instant of a free slot>\"}"));
        }
        CallbackService.Move move = service.reschedule(token, start);
        Callback now = service.byToken(token).orElseThrow();
        return switch (move) {
            case MOVED -> json(200, view(now, Map.of("message", say(now, Phrase.MANAGE_MOVED, when(now)))));
            case TAKEN -> json(409, view(now, Map.of("error", "taken", "message", say(now, Phrase.MANAGE_TAKEN))));
            case NOT_BOOKABLE -> json(409, view(now, Map.of("error", "past", "message", say(now, Phrase.MANAGE_PAST))));
            case NOT_BOOKED -> json(409, view(now, Map.of("error", "not_booked")));
            case UNKNOWN -> unknown();
        };
    }

    @GET
    @Path("{token}/callback.ics")
    @Public
    @Produces({"text/calendar; charset=UTF-8", "text/plain; charset=UTF-8"})
    public Response calendar(@PathParam("token") String token) {
        Optional<Callback> c = service.byToken(token);
        if (c.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity("no such call back\n")
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
        }
        Callback cb = c.get();
        Language language = language(cb);
        String page = pageUrl(token);
        String description = say(cb, Phrase.MANAGE_WHEN, when(cb)) + "\n" + say(cb, Phrase.MANAGE_CONTACT,
                Map.of("contact", contact(cb))) + "\n" + phrases.text(language, Phrase.MANAGE_RESCHEDULE_LABEL) + ": " + page;
        String ics = CalendarFile.of(cb, phrases.text(language, Phrase.CALLBACK_CALENDAR_TITLE,
                Map.of("team", teamName.apply(cb.team(), language))), description, page, service.clock().instant());
        return Response.ok(ics).type(new MediaType("text", "calendar", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"callback.ics\"")
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private Map<String, Object> view(Callback c, Map<String, Object> extra) {
        Language language = language(c);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", c.status().dbValue());
        out.put("language", language.code());
        out.put("start", c.start().toString());
        out.put("end", c.end().toString());
        out.put("time_zone", c.visitorZone().getId());
        out.put("when", say(c, Phrase.MANAGE_WHEN, when(c)));
        out.put("contact", say(c, Phrase.MANAGE_CONTACT, Map.of("contact", contact(c))));
        out.put("revision", c.revision());
        List<Map<String, String>> slots = new ArrayList<>();
        if (c.booked()) {
            for (Slot s : service.freeSlots(c.team(), c.start())) {
                slots.add(Map.of("start", s.start().toString(), "day", slotText.day(s.start(), c.visitorZone(), language),
                        "time", slotText.time(s.start(), c.visitorZone())));
            }
        }
        out.put("slots", slots);
        out.put("texts", texts(language, c));
        if (extra != null) {
            out.putAll(extra);
        }
        return out;
    }

    private Map<String, String> texts(Language language, Callback c) {
        Map<Phrase, String> t = new EnumMap<>(Phrase.class);
        for (Phrase p : List.of(Phrase.MANAGE_TITLE, Phrase.MANAGE_CANCELLED, Phrase.MANAGE_FINISHED, Phrase.MANAGE_UNKNOWN,
                Phrase.MANAGE_CANCEL_LABEL, Phrase.MANAGE_RESCHEDULE_LABEL, Phrase.MANAGE_NO_SLOTS,
                Phrase.MANAGE_CALENDAR_LABEL, Phrase.MANAGE_ERROR)) {
            t.put(p, phrases.text(language, p));
        }
        Map<String, String> out = new LinkedHashMap<>();
        t.forEach((p, v) -> out.put(p.key().substring("manage.".length()), v));
        if (c != null && c.status() != CallbackStatus.BOOKED && c.status() != CallbackStatus.CANCELLED) {
            out.put("state", out.get("finished"));
        }
        return out;
    }

    private Response unknown() {
        return json(404, Map.of("error", "unknown", "language", siteLanguage.code(), "texts", texts(siteLanguage, null)));
    }

    private Map<String, String> when(Callback c) {
        Language language = language(c);
        return Map.of("day", slotText.day(c.start(), c.visitorZone(), language), "time", slotText.time(c.start(), c.visitorZone()),
                "zone", slotText.zone(c.start(), c.visitorZone()));
    }

    private static String contact(Callback c) {
        return new Contact(c.contactKind() == ContactKind.PHONE ? Contact.Kind.PHONE : Contact.Kind.EMAIL, c.contact()).display();
    }

    private String say(Callback c, Phrase phrase) {
        return phrases.text(language(c), phrase);
    }

    private String say(Callback c, Phrase phrase, Map<String, String> values) {
        return phrases.text(language(c), phrase, values);
    }

    private Language language(Callback c) {
        return Language.find(c.language()).orElse(siteLanguage);
    }

    private String pageUrl(String token) {
        String base = uri.getBaseUri().toString(); // http://host:port/api/
        String root = base.endsWith("/api/") ? base.substring(0, base.length() - "api/".length()) : base;
        return root + "callback/#" + token;
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
