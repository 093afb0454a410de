package org.switchboard.server.editor;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.switchboard.faq.io.FaqFormat;
import org.switchboard.server.http.JsonObjectBody;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;

/**
 * {@code /api/faq/entries…}, {@code /api/faq/export} and {@code /api/faq/import/…}: the FAQ
 * editor's entries, versions, publishing and import/export (docs/faq-editor-api.md). Editors and
 * admins; writes need the staff pages' CSRF token. Errors are {@code {"error"}}: 400 bad input,
 * 404 no such entry or version, 409 an id that exists or a stale {@code base_version} (with the
 * current {@code head_version}).
 */
@Path("faq")
@Produces(MediaType.APPLICATION_JSON)
public final class EditorResource {
    private static final int MAX_BODY = 256 * 1024;
    /** The largest file an import takes. */
    static final int MAX_IMPORT = 8 * 1024 * 1024;

    private final FaqLibrary library;

    public EditorResource(FaqLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    @GET
    @Path("entries")
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response list(@QueryParam("q") String q, @QueryParam("language") String language,
                         @QueryParam("category") String category, @QueryParam("status") String status,
                         @QueryParam("overdue") String overdue) {
        return answer(() -> {
            if (overdue != null && !overdue.isBlank() && !overdue.equals("true") && !overdue.equals("false")) {
                throw new IllegalArgumentException("overdue: true or false, not '" + overdue + "'");
            }
            return library.list(new FaqLibrary.Filter(q, language, category, status, "true".equals(overdue)));
        });
    }

    @GET
    @Path("entries/{id}")
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response one(@PathParam("id") String id) {
        return answer(() -> library.get(id));
    }

    /** {@code {"content"}}: 201, a draft at version 1. */
    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response create(String body, @Context SecurityContext security) {
        return answer(201, () -> library.create(EntryContent.fromJson(body(body, Set.of("content")).get("content")),
                who(security)));
    }

    /** {@code {"content", "base_version"}}. */
    @PUT
    @Path("entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response edit(@PathParam("id") String id, String body, @Context SecurityContext security) {
        return answer(() -> {
            JsonNode b = body(body, Set.of("content", "base_version"));
            return library.edit(id, EntryContent.fromJson(b.get("content")), number(b, "base_version"), who(security));
        });
    }

    /** {@code {"base_version"}}. */
    @POST
    @Path("entries/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response publish(@PathParam("id") String id, String body, @Context SecurityContext security) {
        return answer(() -> library.publish(id, number(body(body, Set.of("base_version")), "base_version"), who(security)));
    }

    /** {@code {"base_version"}}. */
    @POST
    @Path("entries/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response withdraw(@PathParam("id") String id, String body, @Context SecurityContext security) {
        return answer(() -> library.withdraw(id, number(body(body, Set.of("base_version")), "base_version"), who(security)));
    }

    /** {@code {"version", "base_version"}}. */
    @POST
    @Path("entries/{id}/revert")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response revert(@PathParam("id") String id, String body, @Context SecurityContext security) {
        return answer(() -> {
            JsonNode b = body(body, Set.of("version", "base_version"));
            return library.revert(id, number(b, "version"), number(b, "base_version"), who(security));
        });
    }

    @GET
    @Path("entries/{id}/versions")
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response versions(@PathParam("id") String id) {
        return answer(() -> library.versions(id));
    }

    @GET
    @Path("entries/{id}/versions/{v}")
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response version(@PathParam("id") String id, @PathParam("v") String v) {
        return answer(() -> library.version(id, parse(v, "version")));
    }

    @GET
    @Path("entries/{id}/diff")
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return answer(() -> library.diff(id, parse(from, "from"), parse(to, "to")));
    }

    /** The served entries as {@code faq export} writes them, as a download. */
    @GET
    @Path("export")
    @Produces({"application/yaml", MediaType.APPLICATION_JSON, "text/csv"})
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response export(@QueryParam("format") String format) {
        return answer(() -> {
            String f = format == null || format.isBlank() ? "yaml" : format.toLowerCase(Locale.ROOT);
            FaqFormat chosen = switch (f) {
                case "yaml" -> FaqFormat.YAML;
                case "json" -> FaqFormat.JSON;
                case "csv" -> FaqFormat.CSV;
                default -> throw new IllegalArgumentException("format: yaml, json or csv, not '" + format + "'");
            };
            String type = switch (chosen) {
                case JSON -> "application/json";
                case CSV -> "text/csv";
                default -> "application/yaml";
            };
            return Response.ok(library.export(chosen), type + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=faq." + f).header("Cache-Control", "no-store").build();
        });
    }

    /** The file's bytes; nothing changes. */
    @POST
    @Path("import/preview")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response importPreview(@QueryParam("filename") String filename, @QueryParam("mode") String mode, byte[] file) {
        return answer(() -> library.importPreview(filename, upload(file), FaqLibrary.ImportMode.of(mode)));
    }

    /** The same bytes: applied and published in one transaction. */
    @POST
    @Path("import/apply")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @StaffOnly({Role.EDITOR, Role.ADMIN})
    public Response importApply(@QueryParam("filename") String filename, @QueryParam("mode") String mode, byte[] file,
                                @Context SecurityContext security) {
        return answer(() -> library.importApply(filename, upload(file), FaqLibrary.ImportMode.of(mode), who(security)));
    }

    private static Response answer(Supplier<Object> work) {
        return answer(200, work);
    }

    private static Response answer(int status, Supplier<Object> work) {
        try {
            Object out = work.get();
            if (out instanceof Response r) {
                return r;
            }
            return Response.status(status).entity(out).header("Cache-Control", "no-store").build();
        } catch (StaleVersionException e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", e.getMessage());
            out.put("head_version", e.headVersion());
            return Response.status(409).type(MediaType.APPLICATION_JSON).entity(out).build();
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage());
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(Map.of("error", message)).build();
    }

    private static byte[] upload(byte[] file) {
        if (file == null || file.length == 0) {
            throw new IllegalArgumentException("the request body must be the file's bytes; it is empty");
        }
        if (file.length > MAX_IMPORT) {
            throw new IllegalArgumentException("the file is larger than " + MAX_IMPORT / (1024 * 1024) + " MB");
        }
        return file;
    }

    private static JsonNode body(String body, Set<String> known) {
        return JsonObjectBody.parse(body, known, MAX_BODY);
    }

    private static int number(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" is required: a version number");
        }
        return v.intValue();
    }

    private static int parse(String v, String field) {
        try {
            return Integer.parseInt(v == null ? "" : v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": a version number is needed, not '" + v + "'");
        }
    }

    private static String who(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
