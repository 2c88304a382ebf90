package dev.accolade.adapter.in.rest.page.apply;

import java.util.List;

/**
 * The application form of a badge: the message and evidence link typed, and the problems that stopped them.
 *
 * @param badge the badge's public id, as its page's path names it
 * @param title the badge's title
 * @param message why the member should have it
 * @param evidence a link to evidence, or empty
 * @param problems one sentence per field at fault
 */
public record ApplyForm(String badge, String title, String message, String evidence, List<String> problems) {

    /** Copies the problems. */
    public ApplyForm {
        problems = List.copyOf(problems);
    }

    /** The empty form. */
    static ApplyForm blank(String badge, String title) {
        return new ApplyForm(badge, title, "", "", List.of());
    }

    /** This form shown again with these problems. */
    ApplyForm withProblems(List<String> sentences) {
        return new ApplyForm(badge, title, message, evidence, sentences);
    }
}
