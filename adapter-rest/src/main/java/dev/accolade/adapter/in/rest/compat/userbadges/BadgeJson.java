package dev.accolade.adapter.in.rest.compat.userbadges;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.in.rest.template.CustomFieldsWriter;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.TemplateDetails;

/**
 * Writes badges as UserBadges shows them: {@code count}, {@code description} (when there is one),
 * {@code latest} (when it was ever awarded) and {@code name}, then the custom fields as they were
 * given, then the additions {@code points} and {@code rarity} (unless a custom field of that name is there:
 * the service's own field wins) and {@code hidden: true} for a hidden badge. A hidden badge the reader does
 * not hold is shown concealed: only its figures, named {@value #HIDDEN_NAME}.
 */
final class BadgeJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The name a concealed badge shows instead of its own. */
    static final String HIDDEN_NAME = "Hidden badge";

    private BadgeJson() {
    }

    /** A badge of a service's list, with its name, shown whole. */
    static ObjectNode named(TemplateDetails details, AwardStatistics statistics, Rarity rarity) {
        ObjectNode badge = figures(statistics);
        if (!details.description().isEmpty()) {
            badge.put("description", details.description());
        }
        statistics.latest().ifPresent(latest -> badge.put("latest", Timestamps.format(latest)));
        badge.put("name", details.title());
        badge.setAll(CustomFieldsWriter.toJson(details.customFields()));
        CustomFieldNames.shownIn(badge);
        if (!badge.has("points")) {
            badge.put("points", details.points());
        }
        if (!badge.has("rarity")) {
            badge.put("rarity", rarity.share());
        }
        if (details.hidden() && !badge.has("hidden")) {
            badge.put("hidden", true);
        }
        return badge;
    }

    /** A hidden badge as a reader who does not hold it sees it: its figures, under the hidden name. */
    static ObjectNode concealed(AwardStatistics statistics) {
        ObjectNode badge = held(HIDDEN_NAME, statistics);
        badge.put("hidden", true);
        return badge;
    }

    /** A badge of the map a user list carries, keyed by its name, so without it. */
    static ObjectNode keyed(ObjectNode named) {
        named.remove("name");
        return named;
    }

    /** What one user holds of one badge: its name, how often and when last. */
    static ObjectNode held(String name, AwardStatistics statistics) {
        ObjectNode badge = figures(statistics);
        statistics.latest().ifPresent(latest -> badge.put("latest", Timestamps.format(latest)));
        badge.put("name", name);
        return badge;
    }

    private static ObjectNode figures(AwardStatistics statistics) {
        ObjectNode badge = NODES.objectNode();
        badge.put("count", statistics.count());
        return badge;
    }
}
