package dev.accolade.adapter.in.rest.page;

import java.util.List;

/**
 * The paths the human pages are served under: the security headers, the HTML error pages and the
 * page session apply to these and to nothing of the APIs.
 */
public final class PagePaths {

    /** The home page. */
    public static final String HOME = "/";
    /** The stylesheet and the small script. */
    public static final String ASSETS = "/assets/";
    /** An issuer's page, by slug. */
    public static final String ISSUERS = "/issuers/";
    /** A published template's page, by its public id. */
    public static final String BADGES = "/badges/";
    /** An award's page, by its credential's public id. */
    public static final String AWARDS = "/awards/";
    /** A recipient's profile, by identity key. */
    public static final String PROFILES = "/profiles/";
    /** The sign-in form. */
    public static final String SIGN_IN = "/sign-in";
    /** Signing out (a form posting here). */
    public static final String SIGN_OUT = "/sign-out";
    /** The registration form. */
    public static final String REGISTER = "/register";
    /** The confirmation form for a new registration. */
    public static final String CONFIRM = "/confirm";
    /** The signed-in member's own pages (the inbox, the console, hiding awards). */
    public static final String ME = "/me";
    /** The signed-in member's inbox: offers, own requests, new awards. */
    public static final String INBOX = "/inbox";
    /** The console of a member who owns an issuer. */
    public static final String CONSOLE = "/console";
    /** The operator's moderation queue, with its own sign-in. */
    public static final String MODERATION = "/moderation";

    private static final List<String> TREES = List.of(ASSETS, ISSUERS, BADGES, AWARDS, PROFILES, ME + "/",
            INBOX + "/", CONSOLE + "/", MODERATION + "/");
    private static final List<String> LEAVES = List.of(HOME, SIGN_IN, SIGN_OUT, REGISTER, CONFIRM, ME, INBOX,
            CONSOLE, MODERATION);

    private PagePaths() {
    }

    /** Whether a request path is a page's: one of the pages or anything below a page tree. */
    public static boolean covers(String path) {
        return LEAVES.contains(path) || TREES.stream().anyMatch(path::startsWith);
    }
}
