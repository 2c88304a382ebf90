package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.template.RateTemplateCommand;
import dev.accolade.application.port.in.template.RateTemplateUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Rating;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateRating;
import java.util.List;

/** Records members' difficulty and credibility ratings of published templates. */
public final class TemplateRatingService implements RateTemplateUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;

    TemplateRatingService(StorePorts store, ClockPort clock, CommandValidator validator, Access access,
            TemplateLookup lookup) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
    }

    @Override
    public RatingSummary rateTemplate(RateTemplateCommand command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        TemplateRating rating = new TemplateRating(command.template(), member,
                Rating.of(command.difficulty(), "difficulty"), Rating.of(command.credibility(), "credibility"),
                clock.now());
        return store.transactions().inTransaction(() -> {
            Template template = lookup.visible(command.actor(), command.template());
            template.awardable();
            store.ratings().save(rating);
            return store.ratings().summarize(List.of(template.id())).getOrDefault(template.id(), RatingSummary.NONE);
        });
    }
}
