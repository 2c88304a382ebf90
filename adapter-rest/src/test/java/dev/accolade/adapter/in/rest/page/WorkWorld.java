package dev.accolade.adapter.in.rest.page;

import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.issuer.PersonalIssuerCommand;
import dev.accolade.application.offer.FindRecipientOffersQuery;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.request.FindRequestsQuery;
import dev.accolade.application.request.RequestAwardCommand;
import dev.accolade.application.request.RequestReference;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.util.List;

/** Test data for the inbox, console and moderation pages, made through the use cases as the API would. */
final class WorkWorld implements AutoCloseable {

    final GrantFixture fixture = new GrantFixture();

    /** A confirmed member (not signed in on any page yet). */
    Member member(String email) {
        return fixture.member(email);
    }

    /** The member's personal issuer's id. */
    long issuerOf(Member owner) {
        return fixture.accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(
                Actor.member(new MemberId(owner.id())), new MemberId(owner.id()))).id().value();
    }

    /** A published template of an issuer. */
    long published(long issuer, String title, boolean acceptanceRequired) {
        return fixture.template(new GrantFixture.Issuer(issuer, null), title, false, acceptanceRequired);
    }

    /** A template of an issuer waiting for review. */
    long pending(long issuer, String title) {
        IssuerId id = new IssuerId(issuer);
        return fixture.accolade.templates().createTemplate(new CreateTemplateCommand(Actor.issuer(id), id,
                TemplateInput.titled(title), true)).id().value();
    }

    /** The template as the operator reads it. */
    Template template(long id) {
        return fixture.accolade.templates().getTemplate(new TemplateCommand(Actor.operator(), new TemplateId(id)))
                .template();
    }

    /** The templates of an issuer, as the operator lists them. */
    List<Template> templatesOf(long issuer) {
        return fixture.accolade.templates().findTemplates(FindTemplatesQuery
                .all(Actor.operator(), PageRequest.first(100)).ofIssuer(new IssuerId(issuer))).items().stream()
                .map(view -> view.template()).toList();
    }

    /** Awards a template to an identity as the operator. */
    AwardOutcome award(long template, Identity recipient) {
        return fixture.accolade.awards().award(AwardCommand.of(Actor.operator(), new TemplateId(template), recipient));
    }

    /** The offers that reached a member, any status. */
    List<Offer> offersOf(Member member) {
        return fixture.accolade.offers().findRecipientOffers(new FindRecipientOffersQuery(
                Actor.member(new MemberId(member.id())), null, TimeWindow.ALWAYS, PageRequest.first(100))).items();
    }

    /** A member asks for a template. */
    AwardRequest apply(Member member, long template, String message) {
        return fixture.accolade.requests().requestAward(new RequestAwardCommand(
                Actor.member(new MemberId(member.id())), new TemplateId(template), message,
                new EvidenceInput(null, List.of("https://example.org/proof"))));
    }

    /** A request as the operator reads it. */
    AwardRequest request(long id) {
        return fixture.accolade.requests().getRequest(new RequestReference(Actor.operator(),
                new AwardRequestId(id)));
    }

    /** The requests for an issuer's templates, as the operator lists them. */
    List<AwardRequest> requestsFor(long issuer) {
        return fixture.accolade.requests().findRequests(new FindRequestsQuery(Actor.operator(), new IssuerId(issuer),
                null, TimeWindow.ALWAYS, PageRequest.first(100))).items();
    }

    /** The identity of a member. */
    static Identity identityOf(Member member) {
        return Identity.member(new MemberId(member.id()));
    }

    /** A page client speaking to this world's server. */
    PageClient browser() {
        return new PageClient(fixture.server.port());
    }

    @Override
    public void close() {
        fixture.close();
    }
}
