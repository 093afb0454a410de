package org.switchboard.server.staff;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.server.ConfigException;

/**
 * The accounts {@code serve} makes at start so that somebody can sign in:
 * <ul>
 *   <li>with {@code SWITCHBOARD_ADMIN_LOGIN} and {@code SWITCHBOARD_ADMIN_PASSWORD} set (both, or
 *       neither) and no enabled admin yet, that admin (display name
 *       {@code SWITCHBOARD_ADMIN_NAME}, else "Administrator"). Once an admin exists the variables
 *       are ignored: they never overwrite a password;</li>
 *   <li>else, when there is no account at all, demo accounts, one per role, with random
 *       passwords that are printed once and stored only as hashes.</li>
 * </ul>
 */
public final class FirstAccounts {
    public static final String ENV_LOGIN = "SWITCHBOARD_ADMIN_LOGIN";
    public static final String ENV_PASSWORD = "SWITCHBOARD_ADMIN_PASSWORD";
    public static final String ENV_NAME = "SWITCHBOARD_ADMIN_NAME";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0, 1: easy to copy by eye

    /** One demo account to make. */
    record Demo(String login, String displayName, Set<Role> roles) {
    }

    static final List<Demo> DEMO = List.of(
            new Demo("admin", "Demo Admin", EnumSet.of(Role.ADMIN)),
            new Demo("agent", "Alex Agent", EnumSet.of(Role.AGENT)),
            new Demo("supervisor", "Sofia Supervisor", EnumSet.of(Role.SUPERVISOR, Role.AGENT)),
            new Demo("social", "Noor Social", EnumSet.of(Role.SOCIAL)),
            new Demo("editor", "Elena Editor", EnumSet.of(Role.EDITOR)));

    private FirstAccounts() {
    }

    /**
     * Makes the first admin or the demo accounts when due; returns the lines to print.
     *
     * @throws ConfigException when the variables are half set, the password breaks the policy,
     *                         or the login belongs to an account that is not an enabled admin
     */
    public static List<String> ensure(StaffService staff, Map<String, String> env, SecureRandom random) {
        if (adminFromEnvironment(env)) {
            return List.of(firstAdmin(staff, env.get(ENV_LOGIN), env.get(ENV_PASSWORD), env.getOrDefault(ENV_NAME, "Administrator")));
        }
        if (!staff.hasAccounts()) {
            return demo(staff, random);
        }
        if (!staff.hasEnabledAdmin()) {
            return List.of("switchboard: warning: no enabled admin account; add one with"
                    + " 'switchboard staff add --login NAME --name \"Full Name\" --roles admin'");
        }
        return List.of();
    }

    /**
     * Whether {@link #ensure} would make the demo accounts: neither variable is set and there is
     * no account yet. Their passwords are printed only once the accounts are stored, so nobody can
     * sign in with them before; {@code serve} makes them once it is serving.
     *
     * @throws ConfigException when the variables are half set
     */
    public static boolean demoDue(StaffService staff, Map<String, String> env) {
        return !adminFromEnvironment(env) && !staff.hasAccounts();
    }

    /** True when both variables are set, false when neither is. @throws ConfigException when only one is */
    private static boolean adminFromEnvironment(Map<String, String> env) {
        String login = env.get(ENV_LOGIN);
        String password = env.get(ENV_PASSWORD);
        boolean hasLogin = login != null && !login.isBlank();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasLogin != hasPassword) {
            throw new ConfigException("set both " + ENV_LOGIN + " and " + ENV_PASSWORD + ", or neither");
        }
        return hasLogin;
    }

    private static String firstAdmin(StaffService staff, String login, String password, String displayName) {
        if (staff.hasEnabledAdmin()) {
            return "switchboard: an admin account exists, so " + ENV_LOGIN + " and " + ENV_PASSWORD
                    + " were ignored (they never change an existing account; unset them)";
        }
        if (staff.findByLogin(login).isPresent()) {
            throw new ConfigException(ENV_LOGIN + ": the account '" + login.strip() + "' exists but is not an enabled"
                    + " admin; choose another login, or use 'switchboard staff' to fix the account");
        }
        try {
            StaffAccount admin = staff.create(login, displayName.isBlank() ? "Administrator" : displayName,
                    EnumSet.of(Role.ADMIN), password);
            return "switchboard: created the first admin account '" + admin.login() + "' from " + ENV_LOGIN;
        } catch (WeakPasswordException e) {
            throw new ConfigException(ENV_PASSWORD + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ENV_LOGIN + " or " + ENV_NAME + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes the demo accounts and returns the lines that print their credentials; an account
     * another node (sharing the database) made at the same moment is named without a password:
     * its own was printed by that node.
     */
    static List<String> demo(StaffService staff, SecureRandom random) {
        List<String> passwords = DEMO.stream().map(d -> demoPassword(random)).toList();
        boolean[] made = new boolean[DEMO.size()];
        // the hashes take ~0.1 s each: make them side by side
        List<Integer> order = java.util.stream.IntStream.range(0, DEMO.size()).boxed().toList();
        order.parallelStream().forEach(i -> {
            Demo d = DEMO.get(i);
            try {
                staff.create(d.login(), d.displayName(), d.roles(), passwords.get(i));
                made[i] = true;
            } catch (StaffException e) {
                // another node made it at the same moment: its password was printed there
            }
        });
        int madeHere = 0;
        for (boolean m : made) {
            madeHere += m ? 1 : 0;
        }
        if (madeHere == 0) {
            return List.of("switchboard: no staff accounts yet, and another node sharing the database made the demo"
                    + " accounts at the same moment: their credentials were printed there");
        }
        List<String> lines = new ArrayList<>();
        lines.add("switchboard: no staff accounts yet, so demo accounts were created. Demo credentials (shown once;"
                + " sign in at /login; docs/staff.md says how to replace them):");
        for (int i = 0; i < DEMO.size(); i++) {
            Demo d = DEMO.get(i);
            String roles = String.join(", ", d.roles().stream().map(Role::code).toList());
            lines.add(made[i] ? String.format("  %-11s %s   (%s)", d.login(), passwords.get(i), roles)
                    : String.format("  %-11s made by another node at the same moment; its password was printed there   (%s)",
                            d.login(), roles));
        }
        return lines;
    }

    /** 16 random characters of a 32-letter alphabet (80 bits) in groups of four: {@code k3vq-82md-p9xa-w7rt}. */
    static String demoPassword(SecureRandom random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
