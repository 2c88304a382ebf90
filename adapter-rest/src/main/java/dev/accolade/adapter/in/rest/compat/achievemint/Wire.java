package dev.accolade.adapter.in.rest.compat.achievemint;

import java.util.List;

/** The specification's data types as they go over the wire, field for field (names in snake_case). */
final class Wire {

    private Wire() {
    }

    /**
     * The User type.
     *
     * @param id the member's id, null for an identity no member has claimed yet
     * @param email the email address, null where the caller may not see it
     * @param token the 32-character token, given only by {@code auth}
     * @param authorityCategories the categories the member is an authority in
     * @param status {@code active} or {@code inactive}
     * @param avatar the picture's URL, null when none
     * @param online whether the member was seen in the last five minutes
     * @param lastVisited when the member was last seen, Unix seconds, null if never
     */
    record User(Long id, String email, String token, List<Category> authorityCategories, String status,
            String avatar, Boolean online, Long lastVisited) {

        private static final Long NO_ID = null;
        private static final String NO_TEXT = null;
        private static final Boolean UNKNOWN = null;
        private static final Long NEVER = null;

        /** A recipient no member holds yet: only its address, when the caller may see it, else nothing. */
        static User unclaimed(String email) {
            return new User(NO_ID, email, NO_TEXT, List.of(), NO_TEXT, NO_TEXT, UNKNOWN, NEVER);
        }
    }

    /**
     * The Template type.
     *
     * @param id the template's id
     * @param name the title
     * @param description the description, null when none
     * @param icon the icon's URL, null when none
     * @param categories the template's categories
     * @param difficulty average difficulty, 0.0 to 5.0
     * @param credibility average credibility, 0.0 to 5.0
     * @param status {@code published} or {@code draft}
     * @param attachments the attached files
     * @param featured whether it is featured
     * @param publishDate when it was first published, Unix seconds, null while never published
     * @param hidden whether the template is hidden (an addition to the specification's fields): the caller then
     *     sees it whole only when holding it or acting for its account, and concealed otherwise
     * @param rarity the share of its issuer's subjects who hold it, 0 to 1 (an addition); null when concealed
     * @param points what each award of it adds to its recipient's score (an addition); null when concealed
     */
    record Template(long id, String name, String description, String icon, List<Category> categories,
            double difficulty, double credibility, String status, List<Attachment> attachments, boolean featured,
            Long publishDate, boolean hidden, Double rarity, Long points) {

        /** The name a concealed template shows instead of its title. */
        static final String HIDDEN_NAME = "Hidden achievement";

        private static final String NO_TEXT = null;
        private static final Double NO_RARITY = null;
        private static final Long NO_POINTS = null;

        /**
         * A hidden template as a caller who neither holds it nor acts for its account sees it: its id, status and
         * publication date, named "Hidden achievement", without description, icon, categories, ratings, files,
         * rarity or points.
         */
        static Template concealed(long id, String status, Long publishDate) {
            return new Template(id, HIDDEN_NAME, NO_TEXT, NO_TEXT, List.of(), 0.0, 0.0, status, List.of(), false,
                    publishDate, true, NO_RARITY, NO_POINTS);
        }
    }

    /**
     * A file attached to a template.
     *
     * @param name the file name
     * @param url where to download it
     */
    record Attachment(String name, String url) {
    }

    /**
     * The Achievement type.
     *
     * @param id the award's id
     * @param user who received it
     * @param template what was awarded
     * @param awardDate when, Unix seconds
     */
    record Achievement(long id, User user, Template template, long awardDate) {
    }

    /**
     * The Achievement Offer type.
     *
     * @param id the offer's id
     * @param user who it is for
     * @param template what it offers
     */
    record Offer(long id, User user, Template template) {
    }

    /**
     * The Achievement Request type.
     *
     * @param id the request's id
     * @param user who applied
     * @param template what they applied for
     */
    record Request(long id, User user, Template template) {
    }

    /**
     * The Category type.
     *
     * @param id the category's id
     * @param name its name
     */
    record Category(long id, String name) {
    }
}
