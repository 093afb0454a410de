package org.switchboard.server.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code /api/triage}: the triage page's API (docs/triage.md). Reading: the filtered list, one
 * mention, the filtered list as CSV, the corrections as training labels, the page's setup
 * (targets, directory, teammates). Acting (POST, JSON, CSRF token): assign, respond, ignore,
 * escalate, reopen, note, label, case. Each action names the {@code version} the person saw;
 * a teammate's change in between gives 409 with the mention as it now is. Social team,
 * supervisors and admins.
 */
@Path("triage")
@Produces(MediaType.APPLICATION_JSON)
public final class TriageResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 16 * 1024;
    private static final List<String> FILTERS = List.of("source", "kind", "term", "sentiment", "complaint", "question", "abusive",
            "language", "status", "assignee", "q");

    private final TriageDesk desk;
    private final Supplier<List<String>> teammates;

    /** @param teammates the logins mentions can be assigned to */
    public TriageResource(TriageDesk desk, Supplier<List<String>> teammates) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.teammates = Objects.requireNonNull(teammates, "teammates");
    }

    @GET
    @Path("setup")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Map<String, Object> setup(@Context SecurityContext security) {
        TriageConfig c = desk.config();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("me", security.getUserPrincipal().getName());
        out.put("teammates", teammates.get());
        out.put("directory", c.directory().contacts().stream().map(x -> Map.of("id", x.id(), "name", x.name())).toList());
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("complaint_minutes", c.targets().complaint().toMinutes());
        targets.put("all_minutes", c.targets().all().toMinutes());
        targets.put("amber_at", c.targets().amberAt());
        out.put("targets", targets);
        return out;
    }

    @GET
    @Path("mentions")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response list(@Context UriInfo uri) {
        return guard(() -> {
            MentionFilter filter = MentionFilter.of(params(uri));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("mentions", desk.list(filter, limit(uri)));
            return Response.ok(out).header("Cache-Control", "no-store").build();
        });
    }

    @GET
    @Path("mentions.csv")
    @Produces("text/csv")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response export(@Context UriInfo uri) {
        return guard(() -> {
            List<Map<String, Object>> list = desk.list(MentionFilter.of(params(uri)), TriageDesk.MAX_LIMIT);
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("mention_id", "posted_at", "source",
                    "author", "followers", "url", "language", "text", "terms", "sentiment", "complaint", "question", "abusive",
                    "priority", "status", "assignee", "due_at").build())) {
                for (Map<String, Object> m : list) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> matches = (List<Map<String, Object>>) m.get("matches");
                    csv.printRecord(m.get("mention_id"), m.get("posted_at"), m.get("source"), safe(m.get("author")),
                            m.get("followers"), m.get("url"), m.get("language"), safe(m.get("text")),
                            String.join("; ", matches.stream().map(t -> String.valueOf(t.get("term"))).distinct().toList()),
                            m.get("sentiment"), m.get("complaint"), m.get("question"), m.get("abusive"), m.get("priority"),
                            m.get("status"), m.get("assignee"), m.get("due_at"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(out.toString(), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"mentions.csv\"").header("Cache-Control", "no-store")
                    .build();
        });
    }

    /** The team's label corrections for one task in the {@code id,text,label} format {@code listener train --labels} reads. */
    @GET
    @Path("corrections.csv")
    @Produces("text/csv")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response corrections(@Context UriInfo uri) {
        return guard(() -> {
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "text", "label").build())) {
                for (TriageRepository.Correction c : desk.corrections(uri.getQueryParameters().getFirst("task"))) {
                    csv.printRecord("mention-" + c.mentionId(), c.text(), c.label());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(out.toString(), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"corrections.csv\"").build();
        });
    }

    @GET
    @Path("mentions/{id}")
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response one(@PathParam("id") long id) {
        return guard(() -> Response.ok(desk.one(id)).header("Cache-Control", "no-store").build());
    }

    /** {@code {"version", "assignee"}}; assignee null or empty: nobody. */
    @POST
    @Path("mentions/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response assign(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> {
            JsonNode b = body(body, Set.of("version", "assignee"));
            return desk.assign(id, version(b), text(b, "assignee"), who(security));
        });
    }

    /** {@code {"version", "reply", "link"}}: the reply the team posted, and where. */
    @POST
    @Path("mentions/{id}/respond")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response respond(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> {
            JsonNode b = body(body, Set.of("version", "reply", "link"));
            return desk.respond(id, version(b), text(b, "reply"), text(b, "link"), who(security));
        });
    }

    /** {@code {"version", "reason"}}. */
    @POST
    @Path("mentions/{id}/ignore")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response ignore(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> {
            JsonNode b = body(body, Set.of("version", "reason"));
            return desk.ignore(id, version(b), text(b, "reason"), who(security));
        });
    }

    /** {@code {"version", "contact", "note"}}: contact is a directory id. */
    @POST
    @Path("mentions/{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response escalate(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> {
            JsonNode b = body(body, Set.of("version", "contact", "note"));
            return desk.escalate(id, version(b), text(b, "contact"), text(b, "note"), who(security));
        });
    }

    /** {@code {"version"}}: back to new. */
    @POST
    @Path("mentions/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response reopen(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> desk.reopen(id, version(body(body, Set.of("version"))), who(security)));
    }

    /** {@code {"text"}}. */
    @POST
    @Path("mentions/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response note(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> desk.note(id, text(body(body, Set.of("text")), "text"), who(security)));
    }

    /** {@code {"version", "task": "complaint"|"sentiment", "label"}}. */
    @POST
    @Path("mentions/{id}/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response label(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> {
            JsonNode b = body(body, Set.of("version", "task", "label"));
            return desk.correct(id, version(b), text(b, "task"), text(b, "label"), who(security));
        });
    }

    /** {@code {"version"}}: opens a case in the agent console. */
    @POST
    @Path("mentions/{id}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.SOCIAL, Role.SUPERVISOR, Role.ADMIN})
    public Response openCase(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return act(id, () -> desk.openCase(id, version(body(body, Set.of("version"))), who(security)));
    }

    private Response act(long id, Supplier<Map<String, Object>> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (StaleMentionException e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", e.getMessage());
            out.put("mention", desk.one(id));
            return Response.status(409).type(MediaType.APPLICATION_JSON).entity(out).build();
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }

    private static Response guard(Supplier<Response> read) {
        try {
            return read.get();
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }

    private static Map<String, String> params(UriInfo uri) {
        Map<String, String> p = new HashMap<>();
        for (String name : FILTERS) {
            String v = uri.getQueryParameters().getFirst(name);
            if (v != null) {
                p.put(name, v);
            }
        }
        return p;
    }

    private static int limit(UriInfo uri) {
        String l = uri.getQueryParameters().getFirst("limit");
        if (l == null) {
            return 200;
        }
        try {
            return Integer.parseInt(l);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be 1.." + TriageDesk.MAX_LIMIT);
        }
    }

    private static JsonNode body(String body, Set<String> known) {
        if (body == null || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("a JSON object of at most " + MAX_BODY + " bytes is needed");
        }
        JsonNode b;
        try {
            b = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (b == null || !b.isObject()) {
            throw new IllegalArgumentException("a JSON object is needed");
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown field '" + k + "' (known: " + String.join(", ", new java.util.TreeSet<>(known))
                        + ")");
            }
        }
        return b;
    }

    private static int version(JsonNode b) {
        JsonNode v = b.get("version");
        if (v == null || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("version: the mention's version the page shows (a number) is needed");
        }
        return v.intValue();
    }

    private static String text(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + ": text is needed");
        }
        return v.asText();
    }

    private static String who(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** Spreadsheet programs run cells that start with = + - @ as formulas: such cells get a leading apostrophe. */
    static Object safe(Object cell) {
        if (cell instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return cell;
    }
}
