package dev.accolade.application.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.port.out.credential.BadgeFacts;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.CredentialFacts.StatusFacts;
import dev.accolade.application.port.out.credential.IssuerFacts;
import dev.accolade.application.port.out.credential.RecipientFacts;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.Revocation;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.credential.RecipientHash;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Loads what a credential document is made of and says it in the documents' terms: the award, the
 * live version of its template and its issuer, with every URL under the issuer's pinned base. Runs
 * inside the caller's unit of work.
 */
final class CredentialSources {

    private final IssuerRepository issuers;
    private final TemplateRepository templates;
    private final AwardCredentialRepository awards;
    private final WebUrl publicUrl;

    CredentialSources(IssuerRepository issuers, TemplateRepository templates, AwardCredentialRepository awards,
            WebUrl publicUrl) {
        this.issuers = requireNonNull(issuers, "issuers");
        this.templates = requireNonNull(templates, "templates");
        this.awards = requireNonNull(awards, "awards");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
    }

    /** An award with what it is of and who issued it. */
    record AwardSource(Award award, Template template, Issuer issuer) {
    }

    /** The award whose credential goes by this id; {@code credential_not_found}. */
    AwardSource award(PublicId id) {
        Award award = awards.findByPublicId(id).orElseThrow(NotFound::credential);
        Template live = templates.findById(award.template()).flatMap(Template::publicView)
                .orElseThrow(NotFound::credential);
        return new AwardSource(award, live, issuer(award.issuer()));
    }

    /** The live version of the published template whose badge class goes by this id; {@code badge_class_not_found}. */
    Template template(PublicId id) {
        return templates.findByPublicId(id).flatMap(Template::publicView).orElseThrow(NotFound::badgeClass);
    }

    /** The issuer with this slug; {@code issuer_not_found}. */
    Issuer issuer(IssuerSlug slug) {
        return issuers.findBySlug(slug).orElseThrow(NotFound::issuer);
    }

    /** The issuer with this id; {@code issuer_not_found}. */
    Issuer issuer(IssuerId id) {
        return issuers.findById(id).orElseThrow(NotFound::issuer);
    }

    /** Where the issuer's documents live: under its pinned base, or the public URL until it is pinned. */
    CredentialUrls urlsOf(Issuer issuer) {
        return CredentialUrls.under(issuer.credentialBase().orElse(publicUrl));
    }

    /** The issuer as its documents present it. */
    IssuerFacts issuerFacts(Issuer issuer) {
        CredentialUrls urls = urlsOf(issuer);
        return new IssuerFacts(urls.issuerV2(issuer.slug()), urls.issuerV3(issuer.slug()), issuer.name(),
                issuer.profile().url().map(WebUrl::value).orElse(urls.issuerV2(issuer.slug())),
                issuer.profile().email().map(EmailAddress::value), issuer.profile().image().map(WebUrl::value),
                issuer.profile().description(), origin(urls.base()));
    }

    /** A template's live version as its documents present it. */
    BadgeFacts badgeFacts(Template live, Issuer issuer) {
        CredentialUrls urls = urlsOf(issuer);
        TemplateDetails details = live.details();
        String image = urls.picture(live);
        return new BadgeFacts(urls.badgeClass(live.publicId()), urls.achievement(live.publicId()), details.title(),
                details.description(), details.criteria(), urls.badgeClass(live.publicId()), image, details.type(),
                issuerFacts(issuer));
    }

    /** An award as its credentials present it. */
    CredentialFacts credentialFacts(AwardSource source) {
        Award award = source.award();
        CredentialUrls urls = urlsOf(source.issuer());
        PublicId id = award.credential().id();
        String salt = award.credential().salt();
        String subject = "urn:uuid:" + UUID.nameUUIDFromBytes(("accolade:subject:" + id.value() + ":" + salt)
                .getBytes(StandardCharsets.UTF_8));
        RecipientFacts recipient = award.recipient() instanceof EmailIdentity email
                ? new RecipientFacts(RecipientFacts.EMAIL, RecipientHash.of(email.email().value(), salt), salt, subject)
                : new RecipientFacts(RecipientFacts.URL, RecipientHash.of(urls.profile(award.recipient()), salt), salt,
                        subject);
        StatusFacts status = new StatusFacts(urls.credential(id) + "#status",
                urls.statusList(source.issuer().slug(), award.credential().status().list()),
                award.credential().status().index());
        return new CredentialFacts(urls.assertion(id), urls.credential(id), badgeFacts(source.template(),
                source.issuer()), recipient, award.recipientName().map(name -> (name.first() + " " + name.last())
                        .strip()), award.awardedAt(), award.expiresAt(), award.evidence().narrative(),
                award.evidence().links().stream().map(WebUrl::value).toList(),
                award.revocation().map(Revocation::reason), status, urls.assertionPng(id));
    }

    private static String origin(String base) {
        return URI.create(base).getRawAuthority();
    }
}
