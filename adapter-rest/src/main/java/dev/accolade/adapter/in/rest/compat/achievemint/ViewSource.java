package dev.accolade.adapter.in.rest.compat.achievemint;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.category.GetCategoryUseCase;
import dev.accolade.application.member.FindMemberUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.GetTemplateUseCase;
import java.time.Instant;

/** What the dialect's views read through: templates, categories and members, as one caller sees them. */
final class ViewSource {

    private final GetTemplateUseCase templates;
    private final GetCategoryUseCase categories;
    private final FindMemberUseCase members;

    ViewSource(GetTemplateUseCase templates, GetCategoryUseCase categories, FindMemberUseCase members) {
        this.templates = requireNonNull(templates, "templates");
        this.categories = requireNonNull(categories, "categories");
        this.members = requireNonNull(members, "members");
    }

    /** The views of one call, for this caller, linking stored content on this base URL. */
    Views viewsFor(Actor actor, String baseUrl, Instant now) {
        return new Views(templates, categories, members, actor, baseUrl, now);
    }
}
