package dev.accolade.application.rating;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.TemplateLookup;

/** Builds the rating feature's services over the ports and collaborators they use. */
public final class RatingWiring {

    private RatingWiring() {
    }

    /** The TemplateRatings facade. */
    public static TemplateRatings ratings(TransactionPort transactions, TemplateRatingRepository ratings,
            ClockPort clock, CommandValidator validator, Access access, TemplateLookup lookup) {
        return new TemplateRatingService(transactions, ratings, clock, validator, access, lookup);
    }
}
