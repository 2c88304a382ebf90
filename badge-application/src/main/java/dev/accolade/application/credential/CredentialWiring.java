package dev.accolade.application.credential;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.port.out.credential.BadgeImagesPort;
import dev.accolade.application.port.out.credential.CredentialDocumentsPort;
import dev.accolade.application.port.out.credential.IssuerKeyRepository;
import dev.accolade.application.port.out.credential.KeyPairPort;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.common.WebUrl;
import java.util.Optional;

/**
 * Builds the credential feature's two services over the ports and collaborators they use; ids derive
 * from the public URL for issuers not pinned yet.
 */
public final class CredentialWiring {

    private CredentialWiring() {
    }

    /** The OpenBadgeDocuments facade: what verifiers fetch. */
    public static OpenBadgeDocuments documents(TransactionPort transactions, IssuerRepository issuers,
            TemplateRepository templates, AwardCredentialRepository awards, BlobRepository blobs,
                    IssuerKeyRepository keys,
            KeyPairPort keyPairs, SecretSealerPort sealer, CredentialDocumentsPort documents, BadgeImagesPort images,
            ClockPort clock, WebUrl publicUrl, Optional<WebUrl> pinnedBase) {
        return new OpenBadgesService(transactions, new CredentialSources(issuers, templates, awards, publicUrl),
                new IssuerKeyring(transactions, keys, keyPairs, sealer, clock), documents,
                        new BadgeImages(blobs, images), awards, issuers, clock, pinnedBase);
    }

    /** The Credentials facade: signed credentials, baked images and key rotation. */
    public static Credentials credentials(TransactionPort transactions, IssuerRepository issuers,
            TemplateRepository templates, AwardCredentialRepository awards, BlobRepository blobs,
                    IssuerKeyRepository keys,
            KeyPairPort keyPairs, SecretSealerPort sealer, CredentialDocumentsPort documents, BadgeImagesPort images,
            ClockPort clock, WebUrl publicUrl, CommandValidator validator, Access access) {
        return new SignedCredentialService(transactions, new CredentialSources(issuers, templates, awards, publicUrl),
                new IssuerKeyring(transactions, keys, keyPairs, sealer, clock), documents,
                        new BadgeImages(blobs, images), images, validator, access);
    }
}
