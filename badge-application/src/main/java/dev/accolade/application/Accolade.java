package dev.accolade.application;

import dev.accolade.application.achievement.Achievements;
import dev.accolade.application.award.Awards;
import dev.accolade.application.catalog.TemplateCatalog;
import dev.accolade.application.category.Categories;
import dev.accolade.application.content.Contents;
import dev.accolade.application.credential.Credentials;
import dev.accolade.application.credential.OpenBadgeDocuments;
import dev.accolade.application.delivery.Deliveries;
import dev.accolade.application.gameserver.GameServers;
import dev.accolade.application.gameserver.LogIngestion;
import dev.accolade.application.health.Health;
import dev.accolade.application.issuer.ApiKeys;
import dev.accolade.application.issuer.Issuers;
import dev.accolade.application.member.Members;
import dev.accolade.application.moderation.TemplateModeration;
import dev.accolade.application.offer.Offers;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.StoreProvider;
import dev.accolade.application.rating.TemplateRatings;
import dev.accolade.application.request.Requests;
import dev.accolade.application.rule.Rules;
import dev.accolade.application.showcase.Showcase;
import dev.accolade.application.session.Sessions;
import dev.accolade.application.signing.SignedRequests;
import dev.accolade.application.template.Templates;
import dev.accolade.application.verification.Verifications;
import dev.accolade.application.webhook.Webhooks;
import java.util.ServiceLoader;

/**
 * The one entry point for embedding Accolade: a facade per feature, each grouping that feature's use
 * cases. {@link #inMemory()} gives a ready in-memory instance when {@code adapter-memory} is on the
 * class path; {@link #builder()} takes any store and capabilities.
 */
public interface Accolade {

    /** A new Accolade on a fresh in-memory store, with production defaults. */
    static Accolade inMemory() {
        return builder().store(openStore("memory")).build();
    }

    /** A builder that takes a store and, optionally, capabilities and settings. */
    static AccoladeBuilder builder() {
        return new AccoladeBuilder();
    }

    /** Opens the store adapter registered under a name, such as {@code memory}, through the service loader. */
    static StorePorts openStore(String name) {
        return ServiceLoader.load(StoreProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No store named '" + name
                        + "' on the class path; add the adapter that provides it (adapter-memory for 'memory')."))
                .open();
    }

    /** Awarding templates, reading, viewing and revoking awards. */
    Awards awards();

    /** Lists of achievements received or given, and issuers' badge walls. */
    Achievements achievements();

    /** Authoring and reading templates. */
    Templates templates();

    /** The operator's approval or rejection of templates in review. */
    TemplateModeration moderation();

    /** Members' ratings of templates. */
    TemplateRatings ratings();

    /** Templates written and deleted by title, for services that name their badges. */
    TemplateCatalog catalog();

    /** The category tree. */
    Categories categories();

    /** Awards waiting for their recipients' acceptance. */
    Offers offers();

    /** Members' applications to be awarded. */
    Requests requests();

    /** Registration, confirmation and reading of members, and handles linked to them. */
    Members members();

    /** Signing in and out, and the members behind session tokens. */
    Sessions sessions();

    /** Issuers and members' personal issuers. */
    Issuers issuers();

    /** Issuers' API keys. */
    ApiKeys apiKeys();

    /** Signing secrets, and requests addressed to an issuer by its slug. */
    SignedRequests signedRequests();

    /** Game servers and the achievements their logs announced. */
    GameServers gameServers();

    /** Game server logs turned into awards. */
    LogIngestion logIngestion();

    /** Issuers' webhook endpoints and their delivery logs. */
    Webhooks webhooks();

    /** Sending the offer callbacks and webhook deliveries that are due. */
    Deliveries deliveries();

    /** Images and files kept by the server. */
    Contents contents();

    /** Whether the server can serve requests. */
    Health health();

    /** What Open Badges verifiers fetch: Assertions, badge classes, issuer profiles, keys, status lists. */
    OpenBadgeDocuments openBadgeDocuments();

    /** Every award as a signed Open Badges 3.0 credential and a baked image; issuers' key rotation. */
    Credentials credentials();

    /** Verifying any Open Badges credential. */
    Verifications verifications();

    /** Issuers' events, counted per subject and metric, and the templates whose rules they meet. */
    Rules rules();

    /** What the public pages show: site figures, badges, awards and profiles, without emails or drafts. */
    Showcase showcase();
}
