package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.application.achievement.FindGrantsQuery;
import dev.accolade.application.achievement.FindGrantsUseCase;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardUseCase;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.award.RevokeAwardUseCase;
import dev.accolade.application.offer.CancelOfferUseCase;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import io.javalin.http.Context;
import java.time.Instant;

/** Acclaim's issued badges of an organization: list, issue, read and revoke. */
final class BadgeEndpoints {

    private final OrganizationReach organizations;
    private final FindGrantsUseCase grants;
    private final GetTemplateUseCase templates;
    private final AwardUseCase award;
    private final RevokeAwardUseCase revoke;
    private final CancelOfferUseCase cancel;
    private final IssuedBadgeReader badges;
    private final ObjectMapper mapper;
    private final CredentialUrls urls;

    BadgeEndpoints(OrganizationReach organizations, FindGrantsUseCase grants, GetTemplateUseCase templates,
            AwardUseCase award, RevokeAwardUseCase revoke, CancelOfferUseCase cancel, IssuedBadgeReader badges,
            ObjectMapper mapper, CredentialUrls urls) {
        this.organizations = requireNonNull(organizations, "organizations");
        this.grants = requireNonNull(grants, "grants");
        this.templates = requireNonNull(templates, "templates");
        this.award = requireNonNull(award, "award");
        this.revoke = requireNonNull(revoke, "revoke");
        this.cancel = requireNonNull(cancel, "cancel");
        this.badges = requireNonNull(badges, "badges");
        this.mapper = requireNonNull(mapper, "mapper");
        this.urls = requireNonNull(urls, "urls");
    }

    /** One page of the organization's awards and unaccepted offers, read by the store at its position. */
    void list(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        Issuer issuer = organizations.of(ctx, actor);
        AcclaimReplies.page(ctx, page, grants.findGrants(FindGrantsQuery.ofIssuer(actor, issuer.id(),
                page.request())), view -> IssuedBadgeJson.from(view, urls));
    }

    void issue(Context ctx, Actor actor) {
        Issuer issuer = organizations.of(ctx, actor);
        AcclaimFields fields = AcclaimFields.of(ctx, mapper);
        String templateText = fields.required("badge_template_id");
        String email = fields.required("recipient_email");
        Instant expiresAt = Instants.parse(fields.optional("expires_at").orElse(null), "expires_at");
        RecipientName name = RecipientName.of(fields.optional("issued_to_first_name").orElse(null),
                fields.optional("issued_to_last_name").orElse(null)).orElse(null);
        TemplateId id = new TemplateId(AcclaimIds.parse(Kind.BADGE_TEMPLATE, templateText).orElseThrow(
                () -> DomainException.invalid(new FieldError("badge_template_id", "badge_template_id_invalid",
                        "is not a badge template of this organization"))));
        TemplateView view = templates.getTemplate(new TemplateCommand(actor, id));
        Template template = view.template();
        if (!template.issuer().equals(issuer.id())) {
            throw NotFound.template(id);
        }
        AwardOutcome outcome = award.award(AwardCommand.of(actor, id, Identity.email(email)).named(name)
                .expiringAt(expiresAt));
        if (outcome instanceof AwardOutcome.AlreadyAwarded) {
            throw DomainException.ruleViolation("award_already_exists", "Recipient already holds this badge");
        }
        Granted issued = outcome instanceof AwardOutcome.Offered offered ? offered.offer()
                : ((AwardOutcome.Awarded) outcome).award();
        IssuedBadgeJson json = IssuedBadgeJson.toIssuerOrRecipient(issued, template, view.concealed(), urls);
        AcclaimReplies.created(ctx, json.id(), json);
    }

    void get(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, find(ctx, actor));
    }

    void revoke(Context ctx, Actor actor) {
        IssuedBadgeJson badge = find(ctx, actor);
        String reason = AcclaimFields.of(ctx, mapper).required("reason");
        Kind kind = AcclaimIds.badgeKind(badge.id()).orElseThrow();
        long id = AcclaimIds.parse(kind, badge.id()).orElseThrow();
        if (kind == Kind.AWARD) {
            revoke.revokeAward(new RevokeAwardCommand(actor, new AwardId(id), reason));
        } else {
            cancel.cancelOffer(new OfferReference(actor, new OfferId(id)));
        }
        AcclaimReplies.ok(ctx, badges.read(actor, badge.id()));
    }

    /** The badge in the path, when it was issued by the organization in the path and the actor reaches both. */
    private IssuedBadgeJson find(Context ctx, Actor actor) {
        Issuer issuer = organizations.of(ctx, actor);
        IssuedBadgeJson badge = badges.read(actor, AcclaimReplies.pathParam(ctx, "id"));
        if (!badge.organizationId().equals(AcclaimIds.format(Kind.ORGANIZATION, issuer.id().value()))) {
            throw NotFound.issuer();
        }
        return badge;
    }
}
