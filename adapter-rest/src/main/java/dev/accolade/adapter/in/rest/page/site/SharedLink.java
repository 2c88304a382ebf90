package dev.accolade.adapter.in.rest.page.site;

import dev.accolade.adapter.in.rest.page.Frame.Meta;
import java.util.List;
import java.util.stream.Stream;

/** The Open Graph and Twitter card tags that make a shared link preview with the badge's image. */
final class SharedLink {

    private static final int MAX_DESCRIPTION = 200;

    private SharedLink() {
    }

    /** The tags for a page with this title, description, address and image. */
    static List<Meta> tags(String title, String description, String url, String image) {
        String summary = description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) + "…"
                : description;
        return Stream.of(new Meta("og:type", "website"), new Meta("og:site_name", "Accolade"),
                new Meta("og:title", title), new Meta("og:description", summary), new Meta("og:url", url),
                new Meta("og:image", image), new Meta("twitter:card", "summary"), new Meta("twitter:title", title),
                new Meta("twitter:description", summary), new Meta("twitter:image", image))
                .filter(tag -> !tag.content().isEmpty()).toList();
    }
}
