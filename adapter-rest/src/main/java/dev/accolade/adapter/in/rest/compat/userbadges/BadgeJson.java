package dev.accolade.adapter.in.rest.compat.userbadges;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.in.rest.template.CustomFieldsWriter;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.template.TemplateDetails;

/**
 * Writes badges as UserBadges shows them: {@code count}, {@code description} (when there is one),
 * {@code latest} (when it was ever awarded) and {@code name}, then the custom fields as they were
 * given.
 */
final class BadgeJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private BadgeJson() {
    }

    /** A badge of a service's list, with its name. */
    static ObjectNode named(TemplateDetails details, AwardStatistics statistics) {
        ObjectNode badge = figures(statistics);
        if (!details.description().isEmpty()) {
            badge.put("description", details.description());
        }
        statistics.latest().ifPresent(latest -> badge.put("latest", Timestamps.format(latest)));
        badge.put("name", details.title());
        badge.setAll(CustomFieldsWriter.toJson(details.customFields()));
        CustomFieldNames.shownIn(badge);
        return badge;
    }

    /** A badge of the map a user list carries, keyed by its name, so without it. */
    static ObjectNode keyed(TemplateDetails details, AwardStatistics statistics) {
        ObjectNode badge = named(details, statistics);
        badge.remove("name");
        return badge;
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
