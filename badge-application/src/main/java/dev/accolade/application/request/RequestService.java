package dev.accolade.application.request;

import static java.util.Objects.requireNonNull;
import static java.util.Objects.requireNonNullElse;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.request.AwardRequestRepository;
import dev.accolade.application.port.out.request.RequestQuery;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.event.RequestAnswered;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.request.RequestStatus;
import dev.accolade.domain.template.Template;
import java.time.Instant;
import java.util.Optional;

/** Requests to be awarded: members apply, the template's issuer accepts or rejects. */
final class RequestService implements Requests {

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final EventPublisherPort events;
    private final AwardRequestRepository requests;
    private final AwardRepository awards;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;
    private final Granting granting;

    RequestService(TransactionPort transactions, IdGeneratorPort ids, EventPublisherPort events,
            AwardRequestRepository requests, AwardRepository awards, ClockPort clock, CommandValidator validator,
            Access access,
            TemplateLookup lookup, Granting granting) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.requests = requireNonNull(requests, "requests");
        this.awards = requireNonNull(awards, "awards");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
        this.granting = requireNonNull(granting, "granting");
    }

    @Override
    public AwardRequest requestAward(RequestAwardCommand command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        Evidence evidence = EvidenceInput.toEvidence(command.evidence());
        return transactions.inTransaction(() -> {
            Template template = lookup.visible(command.actor(), command.template());
            AwardTerms terms = AwardTerms.of(template);
            if (!terms.repeatable() && awards
                    .findActive(template.id(), Identity.member(member), Optional.of(member)).isPresent()) {
                throw DomainException.ruleViolation("already_awarded", "You already hold this achievement.");
            }
            if (requests.findPending(template.id(), member).isPresent()) {
                throw DomainException.conflict("request_already_pending",
                        "You already have a pending request for this template.");
            }
            AwardRequest request = AwardRequest.apply(new AwardRequestId(ids.nextId()), template, member,
                    command.message(), evidence, clock.now());
            requests.insert(request);
            return request;
        });
    }

    @Override
    public AwardOutcome acceptRequest(RequestReference command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            AwardRequest request = managed(command.actor(), command.request());
            Template template = lookup.own(command.actor(), request.template());
            Instant now = clock.now();
            AwardRequest accepted = request.accept(now);
            requests.update(accepted);
            events.publish(new RequestAnswered(accepted, now));
            MemberId applicant = accepted.applicant();
            Grant grant = Grant.of(AwardTerms.of(template), Identity.member(applicant))
                    .heldBy(Optional.of(applicant)).withEvidence(accepted.evidence());
            return granting.award(grant, new AwardSource.FromRequest(accepted.id()), now);
        });
    }

    @Override
    public AwardRequest rejectRequest(RejectRequestCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            AwardRequest rejected = managed(command.actor(), command.request()).reject(command.reason(), now);
            requests.update(rejected);
            events.publish(new RequestAnswered(rejected, now));
            return rejected;
        });
    }

    @Override
    public AwardRequest getRequest(RequestReference query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return transactions.readOnly(() -> {
            AwardRequest request = load(query.request());
            boolean own = Access.memberOf(actor).filter(request.applicant()::equals).isPresent();
            if (!own && !access.mayActFor(actor, request.issuer())) {
                throw NotFound.request(request.id());
            }
            return request;
        });
    }

    @Override
    public Page<AwardRequest> findRequests(FindRequestsQuery query) {
        validator.validate(query);
        Optional<RequestStatus> status = Optional.ofNullable(query.status());
        TimeWindow created = requireNonNullElse(query.created(), TimeWindow.ALWAYS);
        return transactions.readOnly(() -> {
            if (query.issuer() != null) {
                Issuer issuer = access.issuerFor(query.actor(), query.issuer());
                return requests.find(new RequestQuery(Optional.of(issuer.id()), Optional.empty(), status,
                        created), query.page());
            }
            MemberId member = access.requireMember(query.actor());
            return requests.find(new RequestQuery(Optional.empty(), Optional.of(member), status, created),
                    query.page());
        });
    }

    private AwardRequest managed(Actor actor, AwardRequestId id) {
        access.requireSignedIn(actor);
        AwardRequest request = load(id);
        if (!access.mayActFor(actor, request.issuer())) {
            throw NotFound.request(id);
        }
        return request;
    }

    private AwardRequest load(AwardRequestId id) {
        return requests.findById(id).orElseThrow(() -> NotFound.request(id));
    }
}
