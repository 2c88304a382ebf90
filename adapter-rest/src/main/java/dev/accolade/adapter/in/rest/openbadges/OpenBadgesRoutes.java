package dev.accolade.adapter.in.rest.openbadges;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.credential.BakedKind;
import dev.accolade.application.credential.CredentialFormat;
import dev.accolade.application.credential.GetAssertionUseCase;
import dev.accolade.application.credential.GetBadgeClassUseCase;
import dev.accolade.application.credential.GetBakedBadgeUseCase;
import dev.accolade.application.credential.GetCredentialUseCase;
import dev.accolade.application.credential.GetIssuerProfileUseCase;
import dev.accolade.application.credential.ProfileVersion;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.IssuerSlug;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The public Open Badges documents under {@code /ob}: what anyone holding a credential's URL fetches,
 * with no credentials of their own. Unknown or malformed ids read as not found.
 */
public final class OpenBadgesRoutes {

    private static final String ID = "{id}";
    private static final String SLUG = "{slug}";

    private final GetAssertionUseCase assertions;
    private final GetBadgeClassUseCase badges;
    private final GetIssuerProfileUseCase issuers;
    private final GetCredentialUseCase credentials;
    private final GetBakedBadgeUseCase baked;

    /** Routes over these use cases. */
    public OpenBadgesRoutes(GetAssertionUseCase assertions, GetBadgeClassUseCase badges,
            GetIssuerProfileUseCase issuers, GetCredentialUseCase credentials, GetBakedBadgeUseCase baked) {
        this.assertions = requireNonNull(assertions, "assertions");
        this.badges = requireNonNull(badges, "badges");
        this.issuers = requireNonNull(issuers, "issuers");
        this.credentials = requireNonNull(credentials, "credentials");
        this.baked = requireNonNull(baked, "baked");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(CredentialUrls.ASSERTIONS + ID, ctx -> PublicDocuments.send(ctx,
                assertions.assertion(credentialId(ctx)), PublicDocuments.DOCUMENT_AGE));
        routes.get(CredentialUrls.ASSERTIONS + ID + CredentialUrls.BAKED_PNG, ctx -> bake(ctx, BakedKind.OB2_PNG));
        routes.get(CredentialUrls.ASSERTIONS + ID + CredentialUrls.BAKED_SVG, ctx -> bake(ctx, BakedKind.OB2_SVG));
        routes.get(CredentialUrls.BADGES + ID, ctx -> PublicDocuments.send(ctx,
                badges.badgeClass(templateId(ctx)), PublicDocuments.DOCUMENT_AGE));
        routes.get(CredentialUrls.BADGES + ID + CredentialUrls.IMAGE, ctx -> PublicDocuments.send(ctx,
                badges.badgeImage(templateId(ctx)), PublicDocuments.DOCUMENT_AGE));
        routes.get(CredentialUrls.ISSUERS_V2 + SLUG, ctx -> PublicDocuments.send(ctx,
                issuers.issuerProfile(slug(ctx), ProfileVersion.OB2), PublicDocuments.DOCUMENT_AGE));
        routes.get(CredentialUrls.CREDENTIALS + ID, this::credential);
        routes.get(CredentialUrls.CREDENTIALS + ID + CredentialUrls.BAKED_PNG, ctx -> bake(ctx, BakedKind.OB3_PNG));
        routes.get(CredentialUrls.CREDENTIALS + ID + CredentialUrls.BAKED_SVG, ctx -> bake(ctx, BakedKind.OB3_SVG));
        routes.get(CredentialUrls.ACHIEVEMENTS + ID, ctx -> PublicDocuments.send(ctx,
                badges.achievement(templateId(ctx)), PublicDocuments.DOCUMENT_AGE));
        routes.get(CredentialUrls.ISSUERS_V3 + SLUG, ctx -> PublicDocuments.send(ctx,
                issuers.issuerProfile(slug(ctx), ProfileVersion.OB3), PublicDocuments.PROFILE_AGE));
        routes.get(CredentialUrls.ISSUERS_V3 + SLUG + CredentialUrls.KEYS + "{name}", ctx -> PublicDocuments.send(ctx,
                issuers.issuerJwk(slug(ctx), ctx.pathParam("name")), PublicDocuments.PROFILE_AGE));
        routes.get(CredentialUrls.ISSUERS_V3 + SLUG + CredentialUrls.STATUS + "{list}", ctx -> PublicDocuments.send(
                ctx, issuers.statusList(slug(ctx), listNumber(ctx)), PublicDocuments.STATUS_AGE));
    }

    private void credential(Context ctx) {
        CredentialFormat format = PublicDocuments.wantsJwt(ctx) ? CredentialFormat.JWT
                : CredentialFormat.DATA_INTEGRITY;
        PublicDocuments.send(ctx, credentials.credential(credentialId(ctx), format), PublicDocuments.DOCUMENT_AGE);
    }

    private void bake(Context ctx, BakedKind kind) {
        PublicDocuments.send(ctx, baked.bakedBadge(credentialId(ctx), kind), PublicDocuments.DOCUMENT_AGE);
    }

    private static PublicId credentialId(Context ctx) {
        return PublicId.parse(ctx.pathParam("id")).orElseThrow(NotFound::credential);
    }

    private static PublicId templateId(Context ctx) {
        return PublicId.parse(ctx.pathParam("id")).orElseThrow(NotFound::badgeClass);
    }

    private static IssuerSlug slug(Context ctx) {
        try {
            return new IssuerSlug(ctx.pathParam("slug"));
        } catch (DomainException notASlug) {
            throw NotFound.issuer();
        }
    }

    private static long listNumber(Context ctx) {
        String list = ctx.pathParam("list");
        if (!list.matches("[0-9]{1,15}")) {
            throw NotFound.statusList();
        }
        return Long.parseLong(list);
    }
}
