package dev.accolade.adapter.in.rest.compat.userbadges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.achievement.RecipientSummary.HeldTemplate;
import dev.accolade.application.achievement.RecipientSummary.TemplateTally;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The badges of a users list under the names its reader sees: a hidden badge the application conceals from the
 * reader is named {@value BadgeJson#HIDDEN_NAME}, and several such badges show as one, their figures added up,
 * so that the badge map keyed by name stays one entry per name.
 */
final class ShownBadges {

    private final Map<TemplateId, String> names = new HashMap<>();
    private final Map<String, Shown> byName = new LinkedHashMap<>();

    /** The badges of these tallies, in their order. */
    ShownBadges(List<TemplateTally> tallies) {
        for (TemplateTally tally : tallies) {
            String name = tally.concealed() ? BadgeJson.HIDDEN_NAME : tally.template().details().title();
            names.put(tally.template().id(), name);
            byName.merge(name, new Shown(name, tally, tally.statistics()),
                    (first, next) -> new Shown(name, first.tally(), sum(first.statistics(), next.statistics())));
        }
    }

    /** The badges as shown, one per name, in the order of the tallies. */
    List<Shown> badges() {
        return List.copyOf(byName.values());
    }

    /** What a user holds of these badges, one entry per shown name, in the order of the awards. */
    List<Held> held(List<HeldTemplate> awards) {
        Map<String, Held> held = new LinkedHashMap<>();
        awards.stream().filter(award -> names.containsKey(award.template())).forEach(award -> {
            String name = names.get(award.template());
            held.merge(name, new Held(name, award.statistics()),
                    (first, next) -> new Held(name, sum(first.statistics(), next.statistics())));
        });
        return List.copyOf(held.values());
    }

    private static AwardStatistics sum(AwardStatistics first, AwardStatistics next) {
        Optional<Instant> latest = Stream.of(first.latest(), next.latest()).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return new AwardStatistics(first.count() + next.count(), latest);
    }

    /**
     * A badge as the users list shows it.
     *
     * @param name the name it is shown under
     * @param tally the template it shows (the first, for concealed badges shown as one)
     * @param statistics its count and latest award over all users
     */
    record Shown(String name, TemplateTally tally, AwardStatistics statistics) {

        /** The badge's JSON for the badge map, without its name (the map's key). */
        ObjectNode keyed() {
            return BadgeJson.keyed(tally.concealed() ? BadgeJson.concealed(statistics)
                    : BadgeJson.named(tally.template().details(), statistics, tally.rarity()));
        }
    }

    /**
     * What one user holds of one shown badge.
     *
     * @param name the name it is shown under
     * @param statistics how often and when last the user received it
     */
    record Held(String name, AwardStatistics statistics) {
    }
}
