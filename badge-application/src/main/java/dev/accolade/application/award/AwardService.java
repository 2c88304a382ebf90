package dev.accolade.application.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.HiddenTemplates;
import dev.accolade.application.shared.LostRaces;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Awards templates and manages single awards. Under an idempotency key the first outcome is recorded
 * in the same transaction, and a retry gets it back; when two calls race, the store's unique
 * constraints let one win and the other is run again, so it finds the winner's result.
 */
final class AwardService implements Awards {

    /** The reason recorded on awards taken back by name. */
    static final String REVOKED_BY_NAME = "Removed by the issuer.";

    private final TransactionPort transactions;
    private final AwardRepository awards;
    private final TemplateRepository templates;
    private final EventPublisherPort events;
    private final IdempotentOutcomes outcomes;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;
    private final Granting granting;
    private final BulkGrants bulk;
    private final HiddenTemplates hidden;

    AwardService(TransactionPort transactions, AwardRepository awards, TemplateRepository templates,
            EventPublisherPort events, IdempotentOutcomes outcomes, ClockPort clock, CommandValidator validator,
            Access access, TemplateLookup lookup, Granting granting) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.awards = requireNonNull(awards, "awards");
        this.templates = requireNonNull(templates, "templates");
        this.events = requireNonNull(events, "events");
        this.outcomes = requireNonNull(outcomes, "outcomes");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
        this.granting = requireNonNull(granting, "granting");
        this.bulk = new BulkGrants(validator);
        this.hidden = new HiddenTemplates(access, awards);
    }

    @Override
    public AwardOutcome award(AwardCommand command) {
        validator.validate(command);
        Evidence evidence = EvidenceInput.toEvidence(command.evidence());
        Optional<WebUrl> callback = Optional.ofNullable(command.callbackUrl()).filter(url -> !url.isBlank())
                .map(url -> WebUrl.of(url, "callback_url"));
        String fingerprint = IdempotentOutcomes.fingerprint(command, evidence, callback);
        callback.ifPresent(url -> granting.checkCallback(
                transactions.readOnly(() -> lookup.own(command.actor(), command.template())), url));
        Optional<String> key = Optional.ofNullable(command.idempotencyKey());
        Optional<AwardOutcome> replayed = key.filter(k -> outcomes.recentlyUsed(command.template(), k))
                .flatMap(k -> transactions.readOnly(() -> outcomes.recordedEarlier(
                        lookup.own(command.actor(), command.template()).issuer(), k, fingerprint)));
        if (replayed.isPresent()) {
            return replayed.get();
        }
        AwardOutcome outcome = LostRaces.retried(() -> transactions.inTransaction(() -> {
            Template template = lookup.own(command.actor(), command.template());
            Optional<AwardOutcome> earlier = key.flatMap(k -> outcomes.earlier(template.issuer(), k, fingerprint));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Grant grant = Grant.of(AwardTerms.of(template), command.recipient())
                    .named(Optional.ofNullable(command.recipientName())).withEvidence(evidence)
                    .expiringAt(Optional.ofNullable(command.expiresAt()));
            AwardOutcome given = granting.awardOrOffer(template, grant, callback);
            key.ifPresent(k -> outcomes.record(template.issuer(), k, fingerprint, given));
            return given;
        }));
        key.ifPresent(k -> outcomes.used(command.template(), k));
        return outcome;
    }

    @Override
    public List<AwardOutcome> awardInBulk(BulkAwardCommand command) {
        validator.validate(command);
        return LostRaces.retried(() -> transactions.inTransaction(() -> {
            Template template = lookup.own(command.actor(), command.template());
            List<Grant> grants = bulk.of(template, command.recipients(), clock.now());
            String fingerprint = BulkGrants.fingerprint(command, grants);
            Optional<String> key = Optional.ofNullable(command.idempotencyKey());
            Optional<List<AwardOutcome>> earlier = key.flatMap(k -> outcomes.earlierBatch(template.issuer(), k,
                    fingerprint, grants.size()));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            List<AwardOutcome> given = granting.awardOrOfferAll(template, grants);
            key.ifPresent(k -> outcomes.recordBatch(template.issuer(), k, fingerprint, given));
            return given;
        }));
    }

    @Override
    public List<AwardOutcome> awardByName(AwardByNameCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            List<Template> named = command.names().stream().map(name -> awardable(issuer, name.strip())).toList();
            return named.stream().map(template -> granting.awardOrOffer(template,
                    Grant.of(AwardTerms.of(template), command.recipient()), Optional.empty())).toList();
        });
    }

    @Override
    public AwardView getAward(AwardReference query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return transactions.readOnly(() -> {
            Award award = load(query.award());
            boolean holdsOrActsFor = Access.holds(actor, award) || access.mayActFor(actor, award.issuer());
            if (!holdsOrActsFor) {
                throw NotFound.award(award.id());
            }
            Template template = lookup.visible(actor, award.template());
            return new AwardView(award, template, holdsOrActsFor, !hidden.shownWholeTo(actor, template));
        });
    }

    @Override
    public Award markAwardViewed(AwardReference command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        return transactions.inTransaction(() -> {
            Award award = load(command.award());
            if (award.holder().filter(member::equals).isEmpty()) {
                throw NotFound.award(award.id());
            }
            Award viewed = award.markViewed(clock.now());
            awards.update(viewed);
            return viewed;
        });
    }

    @Override
    public Award revokeAward(RevokeAwardCommand command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        return transactions.inTransaction(() -> {
            Award award = load(command.award());
            if (!access.mayActFor(command.actor(), award.issuer())) {
                throw NotFound.award(award.id());
            }
            return revoked(award, command.reason(), clock.now());
        });
    }

    @Override
    public List<Award> revokeByName(RevokeByNameCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            Instant now = clock.now();
            List<Award> revoked = new ArrayList<>();
            command.names().stream().map(String::strip).distinct()
                    .map(name -> templates.findByTitle(issuer.id(), name)).flatMap(Optional::stream)
                    .forEach(template -> liveAwards(template, command)
                            .forEach(award -> revoked.add(revoked(award, REVOKED_BY_NAME, now))));
            return revoked;
        });
    }

    private Award revoked(Award award, String reason, Instant now) {
        Award revoked = award.revoke(reason, now);
        awards.update(revoked);
        events.publish(new AwardRevoked(revoked, now));
        return revoked;
    }

    private Template awardable(Issuer issuer, String name) {
        return templates.findByTitle(issuer.id(), name)
                .filter(Template::isPublished)
                .orElseThrow(() -> Check.fail("badges", "unknown", "names a badge the issuer does not have: " + name));
    }

    private List<Award> liveAwards(Template template, RevokeByNameCommand command) {
        AwardQuery query = AwardQuery.all().withTemplate(template.id()).withRecipient(command.recipient());
        Page<Award> page = awards.find(query, PageRequest.first(PageRequest.MAX_LIMIT));
        List<Award> all = new ArrayList<>(page.items());
        while (page.next().isPresent()) {
            page = awards.find(query, PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT));
            all.addAll(page.items());
        }
        return all;
    }

    private Award load(AwardId id) {
        return awards.findById(id).orElseThrow(() -> NotFound.award(id));
    }
}
