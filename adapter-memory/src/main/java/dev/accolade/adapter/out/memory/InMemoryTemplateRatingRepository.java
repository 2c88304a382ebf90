package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateRating;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Ratings in memory, one per member and template. */
final class InMemoryTemplateRatingRepository implements TemplateRatingRepository {

    private final InMemoryDatabase database;
    private final Table<Map.Entry<TemplateId, MemberId>, TemplateRating> table;

    InMemoryTemplateRatingRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, rating -> Map.entry(rating.template(), rating.member()),
                "rating_taken", "The member already rated this template.", List.of());
    }

    @Override
    public void save(TemplateRating rating) {
        database.write(() -> table.upsert(rating));
    }

    @Override
    public Map<TemplateId, RatingSummary> summarize(Collection<TemplateId> templates) {
        Set<TemplateId> wanted = Set.copyOf(templates);
        return database.read(() -> table.rows().filter(rating -> wanted.contains(rating.template()))
                .collect(Collectors.groupingBy(TemplateRating::template,
                        Collectors.collectingAndThen(Collectors.toList(), RatingSummary::of))));
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        database.write(() -> table.rows().filter(rating -> rating.template().equals(template))
                .forEach(rating -> table.delete(Map.entry(rating.template(), rating.member()))));
    }
}
