package org.switchboard.server.staff.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.server.http.StaffOnly;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffAccount;
import org.switchboard.server.staff.StaffService;

/**
 * {@code /api/staff}: the staff list (admins and supervisors) and account management (admins):
 * create, set roles, disable or enable, reset a password.
 */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@StaffOnly(Role.ADMIN)
public final class StaffResource {
    private final StaffService staff;

    StaffResource(StaffService staff) {
        this.staff = staff;
    }

    /** Every account, by login. */
    @GET
    @StaffOnly({Role.ADMIN, Role.SUPERVISOR})
    public List<Map<String, Object>> list() {
        return staff.list().stream().map(AccountJson::account).toList();
    }

    @GET
    @Path("{id}")
    @StaffOnly({Role.ADMIN, Role.SUPERVISOR})
    public Map<String, Object> one(@PathParam("id") long id) {
        return AccountJson.account(staff.find(id).orElseThrow(
                () -> ApiErrors.error(404, "no staff account with id " + id)));
    }

    /** {@code {"login", "display_name", "roles": [...], "password"}} → 201 with the account. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body, Set.of("login", "display_name", "roles", "password"));
        String login = json.text("login");
        String name = json.text("display_name");
        List<String> roles = json.strings("roles");
        String password = json.text("password");
        StaffAccount created = ApiErrors.call(() -> staff.create(login, name, Role.ofCodes(roles), password));
        return Response.created(URI.create("/api/staff/" + created.id())).entity(AccountJson.account(created)).build();
    }

    /** {@code {"roles": ["agent", "supervisor"]}}; 409 when it would leave no enabled admin. */
    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> setRoles(@PathParam("id") long id, String body) {
        List<String> roles = JsonBody.parse(body, Set.of("roles")).strings("roles");
        return AccountJson.account(ApiErrors.call(() -> staff.setRoles(id, Role.ofCodes(roles))));
    }

    /** {@code {"disabled": true}} ends the account's sessions; 409 for the last enabled admin. */
    @PUT
    @Path("{id}/disabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> setDisabled(@PathParam("id") long id, String body) {
        boolean disabled = JsonBody.parse(body, Set.of("disabled")).bool("disabled");
        return AccountJson.account(ApiErrors.call(() -> staff.setDisabled(id, disabled)));
    }

    /** {@code {"password": "..."}}: a new password chosen by an admin; the account's sessions end. */
    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("id") long id, String body) {
        String password = JsonBody.parse(body, Set.of("password")).text("password");
        ApiErrors.call(() -> {
            staff.resetPassword(id, password);
            return null;
        });
        return Response.noContent().build();
    }
}
