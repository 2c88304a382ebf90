package dev.accolade.application.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerProfile;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/** Creates issuers, opens members' personal issuers, and reads issuers. */
final class IssuerService implements Issuers {

    /** The slug a personal issuer is made with: {@code member-} and the member's id. */
    static final String SLUG_PREFIX = "member-";


    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final IssuerRepository issuers;
    private final MemberRepository members;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final Optional<WebUrl> pinnedBase;

    IssuerService(TransactionPort transactions, IdGeneratorPort ids, IssuerRepository issuers, MemberRepository members,
            ClockPort clock, CommandValidator validator, Access access, Optional<WebUrl> pinnedBase) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.issuers = requireNonNull(issuers, "issuers");
        this.members = requireNonNull(members, "members");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.pinnedBase = requireNonNull(pinnedBase, "pinnedBase");
    }

    @Override
    public Issuer createIssuer(CreateIssuerCommand command) {
        validator.validate(command);
        Optional<MemberId> owner = ownerFor(command.actor());
        IssuerSlug slug = new IssuerSlug(command.slug());
        IssuerProfile profile = command.profile().toProfile();
        return transactions.inTransaction(() -> {
            Issuer created = Issuer.create(new IssuerId(ids.nextId()), slug, command.name(), owner, clock.now())
                    .withProfile(profile);
            Issuer issuer = pinnedBase.map(created::pinCredentialsTo).orElse(created);
            issuers.insert(issuer);
            return issuer;
        });
    }

    @Override
    public Issuer updateIssuerProfile(UpdateIssuerProfileCommand command) {
        validator.validate(command);
        IssuerProfile profile = command.profile().toProfile();
        access.requireSignedIn(command.actor());
        return transactions.inTransaction(() -> {
            Issuer issuer = issuers.findById(command.issuer())
                    .filter(found -> access.mayActFor(command.actor(), found)).orElseThrow(NotFound::issuer);
            Issuer updated = issuer.withProfile(profile);
            issuers.updateProfile(updated);
            return updated;
        });
    }

    @Override
    public Issuer getIssuer(IssuerId id) {
        requireNonNull(id, "id");
        return transactions.readOnly(() -> issuers.findById(id)).orElseThrow(NotFound::issuer);
    }

    @Override
    public Issuer getIssuerBySlug(IssuerSlug slug) {
        requireNonNull(slug, "slug");
        return transactions.readOnly(() -> issuers.findBySlug(slug))
                .orElseThrow(NotFound::issuer);
    }

    @Override
    public Issuer getManagedIssuer(ManagedIssuerQuery query) {
        validator.validate(query);
        access.requireSignedIn(query.actor());
        return transactions.readOnly(() -> issuers.findById(query.issuer()))
                .filter(issuer -> access.mayActFor(query.actor(), issuer)).orElseThrow(NotFound::issuer);
    }

    @Override
    public Page<Issuer> listIssuers(ListIssuersQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return transactions.readOnly(() -> {
            if (actor instanceof Actor.Operator) {
                return issuers.list(query.page());
            }
            if (actor instanceof Actor.IssuerActor key) {
                return Page.slice(issuers.findById(key.issuer()).stream().toList(), query.page());
            }
            List<Issuer> owned = issuers.findByOwner(Access.memberOf(actor).orElseThrow());
            return Page.slice(owned, query.page());
        });
    }

    @Override
    public Issuer openPersonalIssuer(PersonalIssuerCommand command) {
        validator.validate(command);
        Actor actor = command.actor();
        access.requireSignedIn(actor);
        if (!(actor instanceof Actor.Operator) && !Access.memberOf(actor).equals(Optional.of(command.member()))) {
            throw memberNotFound();
        }
        try {
            return open(command.member());
        } catch (DomainException lost) {
            if (!"issuer_slug_taken".equals(lost.code())) {
                throw lost;
            }
            return open(command.member());
        }
    }

    /** The oldest owned issuer, or a new one; a concurrent first use loses on the slug and reads the winner's. */
    private Issuer open(MemberId id) {
        return transactions.inTransaction(() -> {
            Member member = members.findById(id).orElseThrow(IssuerService::memberNotFound);
            List<Issuer> owned = issuers.findByOwner(id);
            if (!owned.isEmpty()) {
                return owned.get(0);
            }
            Issuer created = Issuer.create(new IssuerId(ids.nextId()),
                    new IssuerSlug(SLUG_PREFIX + id.value()), member.name(), Optional.of(id), clock.now());
            Issuer issuer = pinnedBase.map(created::pinCredentialsTo).orElse(created);
            issuers.insert(issuer);
            return issuer;
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

    private static DomainException memberNotFound() {
        return DomainException.notFound("member_not_found", "The member does not exist.");
    }
}
