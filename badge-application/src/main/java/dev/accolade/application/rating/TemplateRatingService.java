package dev.accolade.application.rating;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Rating;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateRating;
import java.util.List;

/** Records members' difficulty and credibility ratings of published templates. */
final class TemplateRatingService implements TemplateRatings {

    private final TransactionPort transactions;
    private final TemplateRatingRepository ratings;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;

    TemplateRatingService(TransactionPort transactions, TemplateRatingRepository ratings, ClockPort clock,
            CommandValidator validator, Access access,
            TemplateLookup lookup) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ratings = requireNonNull(ratings, "ratings");
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
        return transactions.inTransaction(() -> {
            Template template = lookup.visible(command.actor(), command.template());
            template.awardable();
            ratings.save(rating);
            return ratings.summarize(List.of(template.id())).getOrDefault(template.id(), RatingSummary.NONE);
        });
    }
}
