package dev.accolade.domain.webhook;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.event.RequestAnswered;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.offer.OfferStatus;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a webhook endpoint can be told about, by the name it is registered and sent under. */
public enum WebhookEvent {

    /** An award was made: directly, by an accepted offer or request, or from a game server's log. */
    AWARD_GRANTED("award.granted"),

    /** An award was taken back. */
    AWARD_REVOKED("award.revoked"),

    /** A member accepted an offer. */
    OFFER_ACCEPTED("offer.accepted"),

    /** A member rejected an offer. */
    OFFER_REJECTED("offer.rejected"),

    /** The issuer accepted or rejected a request to be awarded. */
    REQUEST_ANSWERED("request.answered"),

    /** A template version went live. */
    TEMPLATE_PUBLISHED("template.published"),

    /** A subject's progress towards a rule template it does not yet hold changed (coalesced while waiting). */
    PROGRESS_UPDATED("progress.updated");

    /** How many events there are. */
    public static final int COUNT = 7;

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The name endpoints subscribe with and deliveries carry, such as {@code award.granted}. */
    public String wireName() {
        return wireName;
    }

    /** The event with this name; {@code events} {@code unknown} when there is none. */
    public static WebhookEvent named(String name) {
        return Arrays.stream(values()).filter(event -> event.wireName.equals(name)).findFirst()
                .orElseThrow(() -> Check.fail("events", "unknown", "must each be one of " + Arrays.stream(values())
                        .map(WebhookEvent::wireName).collect(Collectors.joining(", "))));
    }

    /** The webhook event a domain event is reported as, if any (a cancelled offer or a new offer is not). */
    public static Optional<WebhookEvent> of(DomainEvent event) {
        if (event instanceof AwardGranted) {
            return Optional.of(AWARD_GRANTED);
        }
        if (event instanceof AwardRevoked) {
            return Optional.of(AWARD_REVOKED);
        }
        if (event instanceof OfferAnswered answered) {
            return answered.offer().status() == OfferStatus.ACCEPTED ? Optional.of(OFFER_ACCEPTED)
                    : answered.offer().status() == OfferStatus.REJECTED ? Optional.of(OFFER_REJECTED)
                    : Optional.empty();
        }
        if (event instanceof RequestAnswered) {
            return Optional.of(REQUEST_ANSWERED);
        }
        if (event instanceof TemplatePublished) {
            return Optional.of(TEMPLATE_PUBLISHED);
        }
        return Optional.empty();
    }
}
