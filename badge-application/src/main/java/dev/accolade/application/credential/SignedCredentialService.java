package dev.accolade.application.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.credential.CredentialSources.AwardSource;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.credential.BadgeImagesPort;
import dev.accolade.application.port.out.credential.CredentialDocumentsPort;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.SigningKey;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.credential.IssuerKey;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import java.time.Instant;
import java.util.List;

/**
 * Serves awards as signed Open Badges 3.0 credentials and as baked images, and rotates the keys that
 * sign them. Signing happens outside any unit of work, on what one read unit loaded.
 */
final class SignedCredentialService implements Credentials {

    /** The PNG keyword of an Open Badges 2.0 assertion. */
    static final String OB2_KEYWORD = "openbadges";
    /** The PNG keyword of an Open Badges 3.0 credential. */
    static final String OB3_KEYWORD = "openbadgecredential";

    private final TransactionPort transactions;
    private final CredentialSources sources;
    private final IssuerKeyring keyring;
    private final CredentialDocumentsPort documents;
    private final BadgeImages images;
    private final BadgeImagesPort baker;
    private final CommandValidator validator;
    private final Access access;

    SignedCredentialService(TransactionPort transactions, CredentialSources sources, IssuerKeyring keyring,
            CredentialDocumentsPort documents, BadgeImages images, BadgeImagesPort baker, CommandValidator validator,
            Access access) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.sources = requireNonNull(sources, "sources");
        this.keyring = requireNonNull(keyring, "keyring");
        this.documents = requireNonNull(documents, "documents");
        this.images = requireNonNull(images, "images");
        this.baker = requireNonNull(baker, "baker");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    /** What one read unit loads of an award: its source, its facts, and the image to bake into. */
    private record Loaded(AwardSource source, CredentialFacts facts, byte[] png, String svg) {
    }

    @Override
    public PublicDocument credential(PublicId award, CredentialFormat format) {
        Loaded loaded = load(award, false);
        return format == CredentialFormat.JWT
                ? PublicDocument.text(PublicDocument.VC_JWT, jwt(loaded))
                : PublicDocument.text(PublicDocument.JSON_LD, signed(loaded));
    }

    @Override
    public PublicDocument bakedBadge(PublicId award, BakedKind kind) {
        Loaded loaded = load(award, true);
        CredentialFacts facts = loaded.facts();
        boolean ob2 = kind == BakedKind.OB2_PNG || kind == BakedKind.OB2_SVG;
        if (ob2 && facts.revocationReason().isPresent()) {
            return PublicDocument.gone(documents.revokedAssertion(facts.assertionId(),
                    facts.revocationReason().get()));
        }
        String text = ob2 ? documents.assertion(facts) : signed(loaded);
        try {
            return bake(kind, loaded.png(), loaded.svg(), facts, text);
        } catch (IllegalArgumentException unbakeable) {
            Template live = loaded.source().template();
            return bake(kind, images.drawnPng(live, loaded.source().issuer()),
                    images.drawnSvg(live, loaded.source().issuer()), facts, text);
        }
    }

    /** The image baked with the text; an {@link IllegalArgumentException} for an image the baker refuses. */
    private PublicDocument bake(BakedKind kind, byte[] png, String svg, CredentialFacts facts, String text) {
        return switch (kind) {
            case OB2_PNG -> new PublicDocument(PublicDocument.PNG, baker.bakePng(png, OB2_KEYWORD, text), false);
            case OB2_SVG -> PublicDocument.text(PublicDocument.SVG,
                    baker.bakeAssertionSvg(svg, facts.assertionId(), text));
            case OB3_PNG -> new PublicDocument(PublicDocument.PNG, baker.bakePng(png, OB3_KEYWORD, text), false);
            case OB3_SVG -> PublicDocument.text(PublicDocument.SVG, baker.bakeCredentialSvg(svg, text));
        };
    }

    @Override
    public List<IssuerKeyView> rotateIssuerKeys(RotateIssuerKeysCommand command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        Issuer issuer = transactions.readOnly(() -> sources.issuer(new IssuerId(command.issuerId())));
        if (!access.mayActFor(command.actor(), issuer)) {
            throw NotFound.issuer();
        }
        CredentialUrls urls = sources.urlsOf(issuer);
        return keyring.rotate(issuer).stream().map(key -> view(issuer, key, urls)).toList();
    }

    private Loaded load(PublicId award, boolean withImages) {
        return transactions.readOnly(() -> {
            AwardSource source = sources.award(award);
            return new Loaded(source, sources.credentialFacts(source),
                    withImages ? images.png(source.template(), source.issuer()) : new byte[0],
                    withImages ? images.svg(source.template(), source.issuer()) : "");
        });
    }

    /** Signed by the issuer's active key, dated when it was awarded, or when the key was made if later. */
    private String signed(Loaded loaded) {
        Issuer issuer = loaded.source().issuer();
        SigningKey key = keyring.signer(issuer, KeyAlgorithm.ED25519, sources.urlsOf(issuer));
        Instant issued = loaded.facts().issuedOn();
        return documents.credential(loaded.facts(), key, key.since().isAfter(issued) ? key.since() : issued);
    }

    private String jwt(Loaded loaded) {
        Issuer issuer = loaded.source().issuer();
        return documents.credentialJwt(loaded.facts(),
                keyring.signer(issuer, KeyAlgorithm.RS256, sources.urlsOf(issuer)));
    }

    private IssuerKeyView view(Issuer issuer, IssuerKey key, CredentialUrls urls) {
        return new IssuerKeyView(key.name(), key.algorithm(), keyring.published(issuer, key, urls).id(),
                key.createdAt(), key.retiredAt());
    }
}
