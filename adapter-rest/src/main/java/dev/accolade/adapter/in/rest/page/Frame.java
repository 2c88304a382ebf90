package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What the layout around every page needs: the page's title, who is signed in, the form token, and
 * the link-preview tags a shared link shows.
 *
 * @param title the page's title, without the site's name
 * @param member the signed-in member's name, empty for a visitor
 * @param csrfToken the token every form on the page carries
 * @param meta the Open Graph and Twitter card tags, as property and content
 * @param canonical the page's absolute URL, or empty
 */
public record Frame(String title, Optional<String> member, String csrfToken, List<Meta> meta,
        Optional<String> canonical) {

    /** Checks every part. */
    public Frame {
        requireNonNull(title, "title");
        requireNonNull(member, "member");
        requireNonNull(csrfToken, "csrfToken");
        meta = List.copyOf(meta);
        requireNonNull(canonical, "canonical");
    }

    /** This frame with another title. */
    public Frame titled(String value) {
        return new Frame(value, member, csrfToken, meta, canonical);
    }

    /** This frame with link-preview tags and the page's own URL. */
    public Frame sharedAs(String url, List<Meta> tags) {
        return new Frame(title, member, csrfToken, tags, Optional.of(url));
    }

    /** Whether a member is signed in. */
    public boolean signedIn() {
        return member.isPresent();
    }

    /**
     * One {@code <meta>} tag of a link preview.
     *
     * @param property its {@code property} (Open Graph) or {@code name} (Twitter) value
     * @param content its content
     */
    public record Meta(String property, String content) {

        /** Checks both parts. */
        public Meta {
            requireNonNull(property, "property");
            requireNonNull(content, "content");
        }

        /** Whether the tag is a Twitter card's, named by {@code name} rather than {@code property}. */
        public boolean twitter() {
            return property.startsWith("twitter:");
        }
    }
}
