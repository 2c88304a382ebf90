package dev.accolade.adapter.in.rest.page.console;

import dev.accolade.adapter.in.rest.page.PagePaths;

/** The console's paths, by the ids of the API: an issuer's console, its templates, awards and requests. */
final class ConsolePaths {

    /** The member's issuers. */
    static final String HOME = PagePaths.CONSOLE;
    /** Opening the member's personal issuer. */
    static final String PERSONAL = PagePaths.CONSOLE + "/personal";
    /** One issuer's console. */
    static final String ISSUER = PagePaths.CONSOLE + "/issuers/{issuer}";
    /** The form for a new template of an issuer. */
    static final String NEW_TEMPLATE = ISSUER + "/templates/new";
    /** Where the new template form posts. */
    static final String TEMPLATES = ISSUER + "/templates";
    /** A template's edit form, and where it posts. */
    static final String TEMPLATE = PagePaths.CONSOLE + "/templates/{id}";
    /** Sending a template to moderation. */
    static final String SUBMIT = TEMPLATE + "/submit";
    /** The award form of a template, and where it posts. */
    static final String AWARD = TEMPLATE + "/award";
    /** Revoking an award. */
    static final String REVOKE = PagePaths.CONSOLE + "/awards/{id}/revoke";
    /** Accepting a request. */
    static final String ACCEPT_REQUEST = PagePaths.CONSOLE + "/requests/{id}/accept";
    /** Rejecting a request. */
    static final String REJECT_REQUEST = PagePaths.CONSOLE + "/requests/{id}/reject";

    private ConsolePaths() {
    }

    /** The console of the issuer with this id. */
    static String issuer(long id) {
        return PagePaths.CONSOLE + "/issuers/" + id;
    }

    /** The edit form of the template with this id. */
    static String template(long id) {
        return PagePaths.CONSOLE + "/templates/" + id;
    }
}
