package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.adapter.in.rest.grant.Instants;
import dev.accolade.application.Accolade;
import dev.accolade.application.achievement.AchievementRole;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.offer.FindIssuerOffersQuery;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.TemplateId;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** Acclaim's issued badges of an organization: list, issue, read and revoke. */
final class BadgeEndpoints {

    private final OrganizationServices services;

    BadgeEndpoints(OrganizationServices services) {
        this.services = services;
    }

    void list(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        Issuer issuer = services.organizations().of(ctx, actor);
        List<AwardView> awards = PageNumbers.all(request -> services.accolade().achievements().findAchievements(
                new FindAchievementsQuery(actor, null, AchievementRole.AWARDED, issuer.id(), null, null, null, false,
                        null, null, request)));
        List<Offer> offers = PageNumbers.all(request -> services.accolade().offers().findIssuerOffers(
                new FindIssuerOffersQuery(actor, issuer.id(), null, null, request)));
        AcclaimReplies.page(ctx, page, IssuedBadges.of(awards.stream().map(AwardView::award).toList(), offers),
                badge -> badge);
    }

    void issue(Context ctx, Actor actor) {
        Issuer issuer = services.organizations().of(ctx, actor);
        AcclaimFields fields = AcclaimFields.of(ctx, services.mapper());
        String templateText = fields.required("badge_template_id");
        String email = fields.required("recipient_email");
        Instant expiresAt = Instants.parse(fields.optional("expires_at").orElse(null), "expires_at");
        RecipientName name = RecipientName.of(fields.optional("issued_to_first_name").orElse(null),
                fields.optional("issued_to_last_name").orElse(null)).orElse(null);
        TemplateId template = new TemplateId(AcclaimIds.parse(Kind.BADGE_TEMPLATE, templateText).orElseThrow(
                () -> DomainException.invalid(new FieldError("badge_template_id", "badge_template_id_invalid",
                        "is not a badge template of this organization"))));
        Accolade accolade = services.accolade();
        if (!accolade.templates().getTemplate(new TemplateCommand(actor, template)).template().issuer()
                .equals(issuer.id())) {
            throw NotFound.template(template);
        }
        AwardOutcome outcome = accolade.awards()
                .award(AwardCommand.of(actor, template, Identity.email(email)).named(name).expiringAt(expiresAt));
        if (outcome instanceof AwardOutcome.AlreadyAwarded) {
            throw DomainException.ruleViolation("award_already_exists", "Recipient already holds this badge");
        }
        IssuedBadgeJson json = outcome instanceof AwardOutcome.Offered offered
                ? IssuedBadgeJson.from(offered.offer())
                : IssuedBadgeJson.from(((AwardOutcome.Awarded) outcome).award());
        AcclaimReplies.created(ctx, json.id(), json);
    }

    void get(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, find(ctx, actor));
    }

    void revoke(Context ctx, Actor actor) {
        IssuedBadgeJson badge = find(ctx, actor);
        String reason = AcclaimFields.of(ctx, services.mapper()).required("reason");
        Kind kind = AcclaimIds.badgeKind(badge.id()).orElseThrow();
        long id = AcclaimIds.parse(kind, badge.id()).orElseThrow();
        Accolade accolade = services.accolade();
        IssuedBadgeJson revoked = kind == Kind.AWARD
                ? IssuedBadgeJson.from(accolade.awards()
                        .revokeAward(new RevokeAwardCommand(actor, new AwardId(id), reason)))
                : IssuedBadgeJson.from(accolade.offers().cancelOffer(new OfferReference(actor, new OfferId(id))));
        AcclaimReplies.ok(ctx, revoked);
    }

    /** The badge in the path, when it was issued by the organization in the path and the actor reaches both. */
    private IssuedBadgeJson find(Context ctx, Actor actor) {
        Issuer issuer = services.organizations().of(ctx, actor);
        IssuedBadgeJson badge = read(services.accolade(), actor, AcclaimReplies.pathParam(ctx, "id"));
        if (!badge.organizationId().equals(AcclaimIds.format(Kind.ORGANIZATION, issuer.id().value()))) {
            throw NotFound.issuer();
        }
        return badge;
    }

    /** The award or offer an issued badge id names, as the actor may read it; {@code Resource not found.} else. */
    static IssuedBadgeJson read(Accolade accolade, Actor actor, String id) {
        Kind kind = AcclaimIds.badgeKind(id).orElseThrow(NotFound::issuer);
        long value = AcclaimIds.parse(kind, id).orElseThrow(NotFound::issuer);
        if (kind == Kind.AWARD) {
            return IssuedBadgeJson.from(accolade.awards().getAward(new AwardReference(actor, new AwardId(value)))
                    .award());
        }
        return IssuedBadgeJson.from(accolade.offers().getOffer(new OfferReference(actor, new OfferId(value))));
    }
}
