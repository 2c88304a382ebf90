package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.achievement.AchievementRole;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.FindAchievementsUseCase;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.award.GetAwardUseCase;
import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code achievement}, {@code find_achievements} and {@code export_achievements}. */
final class AchievementMethods {

    /** The most achievements one export holds. */
    static final int MAX_EXPORT = 100;

    private static final Map<String, AwardSort> SORTS = Map.of("id", AwardSort.ID, "name", AwardSort.NAME,
            "awarded", AwardSort.AWARDED);
    private static final Map<String, AchievementRole> TYPES = Map.of("received", AchievementRole.RECEIVED,
            "awarded", AchievementRole.AWARDED);

    private final GetAwardUseCase awards;
    private final FindAchievementsUseCase achievements;

    AchievementMethods(GetAwardUseCase awards, FindAchievementsUseCase achievements) {
        this.awards = awards;
        this.achievements = achievements;
    }

    /** Adds the methods to the dialect's table. */
    void register(Map<String, AchieveMintMethod> methods) {
        methods.put("achievement", this::achievement);
        methods.put("find_achievements", this::findAchievements);
        methods.put("export_achievements", this::exportAchievements);
    }

    private Object achievement(Call call) {
        AwardView view = awards.getAward(new AwardReference(call.actor(), new AwardId(call.parameters().id("id"))));
        return Map.of("achievement", call.views().achievement(view));
    }

    /**
     * The live achievements the identity (by default the caller) received, or, with {@code
     * type=awarded}, awarded through its issuers; {@code awarded_to} is inclusive.
     */
    private Object findAchievements(Call call) {
        Parameters parameters = call.parameters();
        Optional<Identity> owner = Identities.optional(parameters, "user_identity");
        AchievementRole role = parameters.text("type").map(text -> Optional.ofNullable(TYPES.get(text.strip()))
                .orElseThrow(() -> DomainException.invalid("type_invalid", "The type must be awarded or received.")))
                .orElse(AchievementRole.RECEIVED);
        Set<CategoryId> categories = new LinkedHashSet<>();
        parameters.ids("categories").orElse(List.of()).forEach(id -> categories.add(new CategoryId(id)));
        Instant from = parameters.number("awarded_from").map(AchievementMethods::instant).orElse(null);
        Instant before = parameters.number("awarded_to").map(to -> instant(to + 1)).orElse(null);
        AwardSort sort = Sorting.key(parameters, SORTS).orElse(null);
        SortDirection direction = Sorting.order(parameters).orElse(null);
        boolean newOnly = parameters.flag("new");
        Actor actor = call.actor();
        List<AwardView> found = achievements.findAchievements(FindAchievementsQuery.receivedBy(actor,
                owner.orElse(null), OffsetPaging.of(parameters).request()).inRole(role).inCategories(categories)
                .awardedWithin(TimeWindow.between(from, before)).newOnly(newOnly).sortedBy(sort, direction)).items();
        Views views = call.views();
        return Map.of("achievement", found.stream().map(views::achievement).toList());
    }

    /** A ZIP of the identity's (by default the caller's) achievements named; any other id refuses the whole export. */
    private Object exportAchievements(Call call) {
        Parameters parameters = call.parameters();
        Actor actor = call.actor();
        Optional<Identity> owner = Identities.optional(parameters, "user_identity");
        List<Long> ids = parameters.ids("achievement_ids").orElseThrow(() -> Parameters.missing("achievement_ids"));
        if (ids.isEmpty() || ids.size() > MAX_EXPORT) {
            throw DomainException.invalid("achievement_ids_out_of_range",
                    "Name 1 to " + MAX_EXPORT + " achievements to export.");
        }
        if (owner.isEmpty() && call.account().member().isEmpty()) {
            throw Parameters.missing("user_identity");
        }
        Set<AwardId> wanted = new LinkedHashSet<>(ids.stream().map(AwardId::new).toList());
        Map<AwardId, AwardView> owned = achievements.findAchievements(FindAchievementsQuery.receivedBy(actor,
                owner.orElse(null), PageRequest.first(PageRequest.MAX_LIMIT)).onlyAwards(wanted)).items().stream()
                .collect(Collectors.toMap(view -> view.award().id(), Function.identity()));
        wanted.stream().filter(id -> !owned.containsKey(id)).findFirst().ifPresent(id -> {
            throw DomainException.notFound("achievement_not_found",
                    "Achievement " + id.value() + " is not one of this user's achievements.");
        });
        Views views = call.views();
        List<Wire.Achievement> exported = wanted.stream().map(owned::get).map(views::achievement).toList();
        return new AchieveMintMethod.FileReply("application/zip", "achievements.zip",
                AchievementXml.zip(exported));
    }

    private static Instant instant(long seconds) {
        if (seconds < -62_135_596_800L || seconds > 253_402_300_799L) {
            throw DomainException.invalid("timestamp_out_of_range",
                    "A Unix timestamp must lie between the years 1 and 9999.");
        }
        return Instant.ofEpochSecond(seconds);
    }
}
