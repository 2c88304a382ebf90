package dev.accolade.application.port.out;

import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.application.port.out.gameserver.LoggedAchievementRepository;
import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.issuer.SigningSecretRepository;
import dev.accolade.application.port.out.issuer.UsedSignatureRepository;
import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.member.MemberSessionRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.port.out.request.AwardRequestRepository;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;

/**
 * Every port a store adapter provides, as one bundle: its repositories, transactions, ids and event
 * delivery. The same contract tests run against every implementation.
 */
public interface StorePorts {

    /** All-or-nothing units of work. */
    TransactionPort transactions();

    /** New ids. */
    IdGeneratorPort ids();

    /** Event delivery tied to the store's transactions. */
    EventPublisherPort events();

    /** Issuers. */
    IssuerRepository issuers();

    /** Issuers' API keys. */
    ApiKeyRepository apiKeys();

    /** Members. */
    MemberRepository members();

    /** Signed-in sessions. */
    MemberSessionRepository sessions();

    /** Claims on identities. */
    IdentityClaimRepository identityClaims();

    /** The category tree. */
    CategoryRepository categories();

    /** Templates. */
    TemplateRepository templates();

    /** Ratings of templates. */
    TemplateRatingRepository ratings();

    /** Offers. */
    OfferRepository offers();

    /** Requests to be awarded. */
    AwardRequestRepository requests();

    /** Awards. */
    AwardRepository awards();

    /** Outcomes under idempotency keys. */
    IdempotencyRepository idempotency();

    /** Issuers' signing secrets, sealed. */
    SigningSecretRepository signingSecrets();

    /** Request signatures already accepted, to refuse replays. */
    UsedSignatureRepository usedSignatures();

    /** Game servers. */
    GameServerRepository gameServers();

    /** Achievements read from game servers' logs. */
    LoggedAchievementRepository loggedAchievements();

    /** Uploaded content. */
    BlobRepository blobs();

    /** The outbox of outgoing deliveries. */
    DeliveryRepository deliveries();

    /** Issuers' webhook endpoints. */
    WebhookEndpointRepository webhooks();
}
