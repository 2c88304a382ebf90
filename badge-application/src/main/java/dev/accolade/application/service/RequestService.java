package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;
import static java.util.Objects.requireNonNullElse;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.request.AcceptRequestUseCase;
import dev.accolade.application.port.in.request.FindRequestsQuery;
import dev.accolade.application.port.in.request.FindRequestsUseCase;
import dev.accolade.application.port.in.request.GetRequestUseCase;
import dev.accolade.application.port.in.request.RejectRequestCommand;
import dev.accolade.application.port.in.request.RejectRequestUseCase;
import dev.accolade.application.port.in.request.RequestAwardCommand;
import dev.accolade.application.port.in.request.RequestAwardUseCase;
import dev.accolade.application.port.in.request.RequestReference;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.RequestQuery;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
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
public final class RequestService implements RequestAwardUseCase, AcceptRequestUseCase, RejectRequestUseCase,
        GetRequestUseCase, FindRequestsUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;
    private final Granting granting;

    RequestService(StorePorts store, ClockPort clock, CommandValidator validator, Access access,
            TemplateLookup lookup, Granting granting) {
        this.store = requireNonNull(store, "store");
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
        return store.transactions().inTransaction(() -> {
            Template template = lookup.visible(command.actor(), command.template());
            AwardTerms terms = AwardTerms.of(template);
            if (!terms.repeatable() && store.awards()
                    .findActive(template.id(), Identity.member(member), Optional.of(member)).isPresent()) {
                throw DomainException.ruleViolation("already_awarded", "You already hold this achievement.");
            }
            if (store.requests().findPending(template.id(), member).isPresent()) {
                throw DomainException.conflict("request_already_pending",
                        "You already have a pending request for this template.");
            }
            AwardRequest request = AwardRequest.apply(new AwardRequestId(store.ids().nextId()), template, member,
                    command.message(), evidence, clock.now());
            store.requests().insert(request);
            return request;
        });
    }

    @Override
    public AwardOutcome acceptRequest(RequestReference command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            AwardRequest request = managed(command.actor(), command.request());
            Template template = lookup.own(command.actor(), request.template());
            Instant now = clock.now();
            AwardRequest accepted = request.accept(now);
            store.requests().update(accepted);
            store.events().publish(new RequestAnswered(accepted, now));
            MemberId applicant = accepted.applicant();
            return granting.grant(AwardTerms.of(template), Identity.member(applicant), Optional.empty(),
                    Optional.of(applicant),
                    new AwardSource.FromRequest(accepted.id()), accepted.evidence(), Optional.empty());
        });
    }

    @Override
    public AwardRequest rejectRequest(RejectRequestCommand command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            Instant now = clock.now();
            AwardRequest rejected = managed(command.actor(), command.request()).reject(command.reason(), now);
            store.requests().update(rejected);
            store.events().publish(new RequestAnswered(rejected, now));
            return rejected;
        });
    }

    @Override
    public AwardRequest getRequest(RequestReference query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return store.transactions().readOnly(() -> {
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
        return store.transactions().readOnly(() -> {
            if (query.issuer() != null) {
                Issuer issuer = access.issuerFor(query.actor(), query.issuer());
                return store.requests().find(new RequestQuery(Optional.of(issuer.id()), Optional.empty(), status,
                        created), query.page());
            }
            MemberId member = access.requireMember(query.actor());
            return store.requests().find(new RequestQuery(Optional.empty(), Optional.of(member), status, created),
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
        return store.requests().findById(id).orElseThrow(() -> NotFound.request(id));
    }
}
