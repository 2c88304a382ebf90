package dev.accolade.application.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.credential.CredentialSources.AwardSource;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.port.out.credential.CredentialDocumentsPort;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.PublishedKey;
import dev.accolade.application.port.out.credential.StatusListFacts;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.template.Template;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Serves the documents verifiers fetch: hosted Open Badges 2.0 Assertions, badge classes and
 * achievements, issuer profiles with their keys, and signed status lists.
 */
final class OpenBadgesService implements OpenBadgeDocuments {

    private final TransactionPort transactions;
    private final CredentialSources sources;
    private final IssuerKeyring keyring;
    private final CredentialDocumentsPort documents;
    private final BadgeImages images;
    private final AwardCredentialRepository awards;
    private final IssuerRepository issuers;
    private final ClockPort clock;
    private final Optional<WebUrl> pinnedBase;

    OpenBadgesService(TransactionPort transactions, CredentialSources sources, IssuerKeyring keyring,
            CredentialDocumentsPort documents, BadgeImages images, AwardCredentialRepository awards,
            IssuerRepository issuers, ClockPort clock, Optional<WebUrl> pinnedBase) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.sources = requireNonNull(sources, "sources");
        this.keyring = requireNonNull(keyring, "keyring");
        this.documents = requireNonNull(documents, "documents");
        this.images = requireNonNull(images, "images");
        this.awards = requireNonNull(awards, "awards");
        this.issuers = requireNonNull(issuers, "issuers");
        this.clock = requireNonNull(clock, "clock");
        this.pinnedBase = requireNonNull(pinnedBase, "pinnedBase");
    }

    @Override
    public PublicDocument assertion(PublicId award) {
        return transactions.readOnly(() -> {
            AwardSource source = sources.award(award);
            CredentialFacts facts = sources.credentialFacts(source);
            if (facts.revocationReason().isPresent()) {
                return PublicDocument.gone(documents.revokedAssertion(facts.assertionId(),
                        facts.revocationReason().get()));
            }
            return PublicDocument.text(PublicDocument.JSON_LD, documents.assertion(facts));
        });
    }

    @Override
    public PublicDocument badgeClass(PublicId template) {
        return transactions.readOnly(() -> {
            Template live = sources.template(template);
            return PublicDocument.text(PublicDocument.JSON_LD,
                    documents.badgeClass(sources.badgeFacts(live, sources.issuer(live.issuer()))));
        });
    }

    @Override
    public PublicDocument achievement(PublicId template) {
        return transactions.readOnly(() -> {
            Template live = sources.template(template);
            return PublicDocument.text(PublicDocument.JSON_LD,
                    documents.achievement(sources.badgeFacts(live, sources.issuer(live.issuer()))));
        });
    }

    @Override
    public PublicDocument badgeImage(PublicId template) {
        return transactions.readOnly(() -> {
            Template live = sources.template(template);
            return images.image(live, sources.issuer(live.issuer()));
        });
    }

    @Override
    public PublicDocument issuerProfile(IssuerSlug slug, ProfileVersion version) {
        Issuer issuer = transactions.readOnly(() -> sources.issuer(slug));
        if (version == ProfileVersion.OB2) {
            return PublicDocument.text(PublicDocument.JSON_LD, documents.issuerProfile(sources.issuerFacts(issuer)));
        }
        CredentialUrls urls = sources.urlsOf(issuer);
        List<PublishedKey> keys = keyring.existing(issuer).stream().map(key -> keyring.published(issuer, key, urls))
                .toList();
        return PublicDocument.text(PublicDocument.JSON_LD,
                documents.controllerProfile(sources.issuerFacts(issuer), keys));
    }

    @Override
    public PublicDocument issuerJwk(IssuerSlug slug, String keyName) {
        Issuer issuer = transactions.readOnly(() -> sources.issuer(slug));
        return keyring.named(issuer, keyName).filter(key -> key.algorithm() == KeyAlgorithm.RS256)
                .map(key -> PublicDocument.text(PublicDocument.JWK,
                        documents.jwk(keyring.published(issuer, key, sources.urlsOf(issuer)))))
                .orElseThrow(NotFound::key);
    }

    @Override
    public PublicDocument statusList(IssuerSlug slug, long list) {
        Issuer issuer = transactions.readOnly(() -> sources.issuer(slug));
        BitSet revoked = transactions.readOnly(() -> {
            if (!awards.hasList(issuer.id(), list)) {
                throw NotFound.statusList();
            }
            return awards.revokedIn(issuer.id(), list);
        });
        CredentialUrls urls = sources.urlsOf(issuer);
        StatusListFacts facts = new StatusListFacts(urls.statusList(slug, list), sources.issuerFacts(issuer),
                clock.now(), revoked, StatusSlot.LIST_SIZE);
        return PublicDocument.text(PublicDocument.JSON_LD,
                documents.statusList(facts, keyring.signer(issuer, KeyAlgorithm.ED25519, urls), clock.now()));
    }

    @Override
    public int pinCredentialBase() {
        return pinnedBase.map(base -> transactions.inTransaction(() -> issuers.pinCredentials(base))).orElse(0);
    }
}
