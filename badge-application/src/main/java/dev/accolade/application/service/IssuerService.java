package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.issuer.CreateIssuerCommand;
import dev.accolade.application.port.in.issuer.CreateIssuerUseCase;
import dev.accolade.application.port.in.issuer.GetIssuerUseCase;
import dev.accolade.application.port.in.issuer.ListIssuersQuery;
import dev.accolade.application.port.in.issuer.ListIssuersUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/** Creates issuers and reads them. */
public final class IssuerService implements CreateIssuerUseCase, GetIssuerUseCase, ListIssuersUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;

    IssuerService(StorePorts store, ClockPort clock, CommandValidator validator, Access access) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public Issuer createIssuer(CreateIssuerCommand command) {
        validator.validate(command);
        Optional<MemberId> owner = ownerFor(command.actor());
        IssuerSlug slug = new IssuerSlug(command.slug());
        return store.transactions().inTransaction(() -> {
            Issuer issuer = Issuer.create(new IssuerId(store.ids().nextId()), slug, command.name(), owner,
                    clock.now());
            store.issuers().insert(issuer);
            return issuer;
        });
    }

    @Override
    public Issuer getIssuer(IssuerId id) {
        requireNonNull(id, "id");
        return store.transactions().readOnly(() -> store.issuers().findById(id)).orElseThrow(NotFound::issuer);
    }

    @Override
    public Issuer getIssuerBySlug(IssuerSlug slug) {
        requireNonNull(slug, "slug");
        return store.transactions().readOnly(() -> store.issuers().findBySlug(slug))
                .orElseThrow(NotFound::issuer);
    }

    @Override
    public Page<Issuer> listIssuers(ListIssuersQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return store.transactions().readOnly(() -> {
            if (actor instanceof Actor.Operator) {
                return store.issuers().list(query.page());
            }
            if (actor instanceof Actor.IssuerActor key) {
                return new Page<>(store.issuers().findById(key.issuer()).stream().toList(), Optional.empty());
            }
            List<Issuer> owned = store.issuers().findByOwner(Access.memberOf(actor).orElseThrow());
            return new Page<>(owned, Optional.empty());
        });
    }

    private Optional<MemberId> ownerFor(Actor actor) {
        if (actor instanceof Actor.Operator) {
            return Optional.empty();
        }
        if (actor instanceof Actor.MemberActor member) {
            return Optional.of(member.member());
        }
        access.requireSignedIn(actor);
        throw DomainException.forbidden("issuer_forbidden", "An issuer cannot create other issuers.");
    }
}
