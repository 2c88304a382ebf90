package dev.accolade.application.port.out;

import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.GrantRepository;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.port.out.credential.IssuerKeyRepository;
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
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.port.out.rule.RuleAwardRepository;
import dev.accolade.application.port.out.rule.RuleJobRepository;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.application.port.out.session.SignInAttemptsRepository;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;

/**
 * Every port a store adapter provides, as one bundle: its repositories, transactions, ids and event
 * delivery. A store only answers {@link #port(Class)}, from a {@link PortTable} of its parts; the
 * accessors are written here once. The same contract tests run against every implementation.
 */
public interface StorePorts {

    /** The store's port of this type; every type an accessor below names is provided. */
    <T> T port(Class<T> type);

    /** All-or-nothing units of work. */
    default TransactionPort transactions() {
        return port(TransactionPort.class);
    }

    /** New ids. */
    default IdGeneratorPort ids() {
        return port(IdGeneratorPort.class);
    }

    /** Event delivery tied to the store's transactions. */
    default EventPublisherPort events() {
        return port(EventPublisherPort.class);
    }

    /** Issuers. */
    default IssuerRepository issuers() {
        return port(IssuerRepository.class);
    }

    /** Issuers' API keys. */
    default ApiKeyRepository apiKeys() {
        return port(ApiKeyRepository.class);
    }

    /** Members. */
    default MemberRepository members() {
        return port(MemberRepository.class);
    }

    /** Signed-in sessions. */
    default MemberSessionRepository sessions() {
        return port(MemberSessionRepository.class);
    }

    /** Failed and successful sign-ins, counted for the sign-in throttle. */
    default SignInAttemptsRepository signInAttempts() {
        return port(SignInAttemptsRepository.class);
    }

    /** Claims on identities. */
    default IdentityClaimRepository identityClaims() {
        return port(IdentityClaimRepository.class);
    }

    /** The category tree. */
    default CategoryRepository categories() {
        return port(CategoryRepository.class);
    }

    /** Templates. */
    default TemplateRepository templates() {
        return port(TemplateRepository.class);
    }

    /** Ratings of templates. */
    default TemplateRatingRepository ratings() {
        return port(TemplateRatingRepository.class);
    }

    /** Offers. */
    default OfferRepository offers() {
        return port(OfferRepository.class);
    }

    /** Requests to be awarded. */
    default AwardRequestRepository requests() {
        return port(AwardRequestRepository.class);
    }

    /** Awards. */
    default AwardRepository awards() {
        return port(AwardRepository.class);
    }

    /** Awards and offers listed together. */
    default GrantRepository grants() {
        return port(GrantRepository.class);
    }

    /** Outcomes under idempotency keys. */
    default IdempotencyRepository idempotency() {
        return port(IdempotencyRepository.class);
    }

    /** Issuers' signing secrets, sealed. */
    default SigningSecretRepository signingSecrets() {
        return port(SigningSecretRepository.class);
    }

    /** Request signatures already accepted, to refuse replays. */
    default UsedSignatureRepository usedSignatures() {
        return port(UsedSignatureRepository.class);
    }

    /** Game servers. */
    default GameServerRepository gameServers() {
        return port(GameServerRepository.class);
    }

    /** Achievements read from game servers' logs. */
    default LoggedAchievementRepository loggedAchievements() {
        return port(LoggedAchievementRepository.class);
    }

    /** Uploaded content. */
    default BlobRepository blobs() {
        return port(BlobRepository.class);
    }

    /** The outbox of outgoing deliveries. */
    default DeliveryRepository deliveries() {
        return port(DeliveryRepository.class);
    }

    /** Issuers' webhook endpoints. */
    default WebhookEndpointRepository webhooks() {
        return port(WebhookEndpointRepository.class);
    }

    /** Issuers' credential signing keys. */
    default IssuerKeyRepository issuerKeys() {
        return port(IssuerKeyRepository.class);
    }

    /** Awards as credentials: by public id and status list slot. */
    default AwardCredentialRepository awardCredentials() {
        return port(AwardCredentialRepository.class);
    }

    /** Issuers' events, each id once. */
    default MetricEventRepository metricEvents() {
        return port(MetricEventRepository.class);
    }

    /** Subjects' sums per issuer and metric. */
    default MetricCounterRepository metricCounters() {
        return port(MetricCounterRepository.class);
    }

    /** Which subjects each template's rule awarded. */
    default RuleAwardRepository ruleAwards() {
        return port(RuleAwardRepository.class);
    }

    /** The retroactive awarding jobs of rules. */
    default RuleJobRepository ruleJobs() {
        return port(RuleJobRepository.class);
    }

    /** Points, leaderboards and rarity figures, kept as awards are made and revoked. */
    default ScoreRepository scores() {
        return port(ScoreRepository.class);
    }
}
