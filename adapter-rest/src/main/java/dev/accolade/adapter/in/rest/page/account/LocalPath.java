package dev.accolade.adapter.in.rest.page.account;

import java.util.regex.Pattern;

/** A path to go on to after a form, kept within this site: anything else reads as the home page. */
final class LocalPath {

    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_%:.~-]{0,200}");

    private LocalPath() {
    }

    /** The path when it is one of this site's, else {@code /}. */
    static String orHome(String path) {
        return path != null && LOCAL.matcher(path).matches() ? path : "/";
    }
}
