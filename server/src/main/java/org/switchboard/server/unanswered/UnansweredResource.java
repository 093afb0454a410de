package org.switchboard.server.unanswered;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.switchboard.faq.Language;
import org.switchboard.server.http.JsonObjectBody;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code /api/faq/unanswered} (docs/faq-editor-api.md, docs/faq-unanswered.md): the clusters of
 * unanswered questions, and the three actions on a cluster's questions: a new draft entry, added
 * to an entry as alternate phrasings, or dismissed. Editors and admins; writes carry the staff
 * pages' CSRF token (AccessFeature). The questions are named by reference and re-read from the
 * store; their text is never taken from the page. An action is done first and the questions are
 * marked handled after it, so a failed action leaves them in the list.
 */
@Path("faq/unanswered")
@Produces(MediaType.APPLICATION_JSON)
public final class UnansweredResource {
    static final int MAX_BODY = 128 * 1024;

    private final UnansweredQuestions questions;
    private final UnansweredActions actions;

    public UnansweredResource(UnansweredQuestions questions, UnansweredActions actions) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    /** {@code ?language=&source=chat|listener&days=30} → {@code {"clusters": […]}}, most frequent first. */
    @GET
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response list(@QueryParam("language") String language, @QueryParam("source") String source,
                         @QueryParam("days") String days) {
        return answer(() -> {
            int d = days(days);
            Language l = blank(language) ? null : Language.find(language).orElseThrow(() -> new IllegalArgumentException(
                    "language: unknown '" + language + "' (supported: " + Language.supportedCodes() + ")"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("clusters", questions.clusters(l, blank(source) ? null : source, d).stream().map(UnansweredCluster::json)
                    .toList());
            return Response.ok(out).header("Cache-Control", "no-store").build();
        });
    }

    /** {@code {"refs": […], "id": "new-id", "language"?}} → 201 {@code {"id", "head_version": 1, "status": "draft"}}. */
    @POST
    @Path("new-entry")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response newEntry(String body, @Context SecurityContext security) {
        return answer(() -> {
            JsonNode b = body(body, Set.of("refs", "id", "language"));
            List<String> refs = refs(b);
            String id = text(b, "id");
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("id: the new entry's id is needed");
            }
            String language = text(b, "language");
            if (language != null && Language.find(language).isEmpty()) {
                throw new IllegalArgumentException("language: unknown '" + language + "' (supported: "
                        + Language.supportedCodes() + ")");
            }
            List<UnansweredQuestion> asked = questions.resolve(refs);
            UnansweredQuestions.Draft draft = questions.draft(asked);
            String code = language != null ? Language.of(language).code() : draft.language().code();
            String made = actions.newDraft(id, code, draft.question(), draft.alternates(), who(security));
            marked(asked, UnansweredQuestions.Action.NEW_ENTRY, made, security, "the draft " + made + " was made");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", made);
            out.put("head_version", 1);
            out.put("status", "draft");
            return Response.status(201).entity(out).build();
        });
    }

    /** {@code {"refs": […], "entry_id"}} → {@code {"id", "status": "draft"}}: the questions added as alternates. */
    @POST
    @Path("add-to")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response addTo(String body, @Context SecurityContext security) {
        return answer(() -> {
            JsonNode b = body(body, Set.of("refs", "entry_id"));
            List<String> refs = refs(b);
            String entryId = text(b, "entry_id");
            if (entryId == null || entryId.isBlank()) {
                throw new IllegalArgumentException("entry_id: the entry to add the questions to is needed");
            }
            List<UnansweredQuestion> asked = questions.resolve(refs);
            actions.addAlternates(entryId, questions.phrasings(asked), who(security));
            marked(asked, UnansweredQuestions.Action.ADDED_TO, entryId, security, "the phrasings were added to " + entryId);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", entryId);
            out.put("status", "draft");
            return Response.ok(out).build();
        });
    }

    /** {@code {"refs": […]}} → 204: the questions leave the list. */
    @POST
    @Path("dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response dismiss(String body, @Context SecurityContext security) {
        return answer(() -> {
            List<UnansweredQuestion> asked = questions.resolve(refs(body(body, Set.of("refs"))));
            questions.markHandled(asked, UnansweredQuestions.Action.DISMISSED, null, who(security));
            return Response.noContent().build();
        });
    }

    /** Marks the questions of a done action handled; if that fails the answer says what was done and what was not. */
    private void marked(List<UnansweredQuestion> asked, UnansweredQuestions.Action action, String entryId,
                        SecurityContext security, String done) {
        try {
            questions.markHandled(asked, action, entryId, who(security));
        } catch (RuntimeException e) {
            throw new Failed(500, done + ", but the questions could not be marked handled (" + e.getMessage()
                    + "): they stay in the list; dismiss them");
        }
    }

    private static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (Failed e) {
            return error(e.status, e.getMessage());
        } catch (AlreadyHandledException e) {
            return error(409, e.getMessage());
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(Map.of("error", message == null ? "failed" : message)).build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int days(String days) {
        if (blank(days)) {
            return 30;
        }
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days must be a whole number 1.." + UnansweredQuestions.MAX_DAYS + ": '" + days + "'");
        }
    }

    private static JsonNode body(String body, Set<String> known) {
        return JsonObjectBody.parse(body, known, MAX_BODY);
    }

    private static List<String> refs(JsonNode b) {
        JsonNode node = b.get("refs");
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("refs: a non-empty list of question references is needed");
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("refs[" + i + "] must be a string like chat:12:5 or mention:7");
            }
            out.add(item.textValue());
            i++;
        }
        return out;
    }

    private static String text(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return v.textValue();
    }

    private static String who(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** An answer other than 400/404/409 decided inside a call. */
    private static final class Failed extends RuntimeException {
        private final int status;

        Failed(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
