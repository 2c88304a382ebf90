package dev.accolade.application.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.Uploads;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.member.MemberProfile;
import dev.accolade.domain.member.PasswordHash;
import dev.accolade.domain.member.PasswordPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Registers members (and sub-accounts), confirms them, links handles to them, and reads them. Confirmation
 * claims the member's id and email and delivers every offer and award that was waiting for them, so its token
 * goes only to the operator, who sends it to the address: a registrant who saw it could claim an address it
 * does not own.
 */
final class MemberService implements Members {

    /** The length of a confirmation token. */
    static final int CONFIRMATION_TOKEN_LENGTH = 32;

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final MemberRepository members;
    private final ClockPort clock;
    private final PasswordHasherPort passwords;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final Access access;
    private final Claiming claiming;
    private final AccoladeSettings settings;
    private final Uploads uploads;
    private final Recipients recipients;
    private final IdentityClaimRepository identityClaims;
    private final GameServerRepository gameServers;

    MemberService(TransactionPort transactions, IdGeneratorPort ids, MemberRepository members, ClockPort clock,
            PasswordHasherPort passwords, TokenGeneratorPort tokens, CommandValidator validator, Access access,
            Claiming claiming, Uploads uploads, Recipients recipients, IdentityClaimRepository identityClaims,
            GameServerRepository gameServers, AccoladeSettings settings) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.members = requireNonNull(members, "members");
        this.clock = requireNonNull(clock, "clock");
        this.passwords = requireNonNull(passwords, "passwords");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.claiming = requireNonNull(claiming, "claiming");
        this.settings = requireNonNull(settings, "settings");
        this.uploads = requireNonNull(uploads, "uploads");
        this.recipients = requireNonNull(recipients, "recipients");
        this.identityClaims = requireNonNull(identityClaims, "identityClaims");
        this.gameServers = requireNonNull(gameServers, "gameServers");
    }

    @Override
    public Registration registerMember(RegisterMemberCommand command) {
        validator.validate(command);
        return register(command.actor(), command.details(), Optional.empty());
    }

    @Override
    public Registration createSubAccount(CreateSubAccountCommand command) {
        validator.validate(command);
        MemberId parent = access.requireMember(command.actor());
        return register(command.actor(), command.details(), Optional.of(parent));
    }

    @Override
    public Registration issueConfirmationToken(IssueConfirmationTokenCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        String token = newConfirmationToken();
        return transactions.inTransaction(() -> {
            Member member = members.findById(command.member())
                    .orElseThrow(NotFound::member);
            Member waiting = member.withNewConfirmation(SecretHash.of(token));
            members.update(waiting);
            return new Registration(waiting, Optional.of(token));
        });
    }

    @Override
    public Member confirmRegistration(ConfirmRegistrationCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            Member member = members.findByConfirmationHash(SecretHash.of(command.token()))
                    .orElseThrow(() -> DomainException.invalid("confirmation_token_invalid",
                            "The confirmation token is not valid."));
            return confirm(member.confirm(command.token(), clock.now()));
        });
    }

    private Registration register(Actor actor, MemberDetails command, Optional<MemberId> parent) {
        Uploads.Staged<ImageInput> avatar = uploads.stageAvatar(command.avatar());
        MemberProfile checked = profile(command, avatar.input());
        PasswordHash hash = passwords.hash(PasswordPolicy.check(command.password()));
        String token = newConfirmationToken();
        boolean tokenShown = actor instanceof Actor.Operator;
        return transactions.inTransaction(() -> {
            if (members.findByEmail(checked.email()).isPresent()) {
                throw DomainException.conflict("email_taken", "The email address is already registered.");
            }
            MemberProfile profile = avatar.image() == null ? checked : profile(command, uploads.storeAvatar(avatar));
            Instant now = clock.now();
            Member member = Member.register(new MemberId(ids.nextId()), profile, hash, parent,
                    SecretHash.of(token), now);
            members.insert(member);
            if (settings.sandbox()) {
                return new Registration(confirm(member.confirmWithoutToken(now)), Optional.empty());
            }
            return new Registration(member, tokenShown ? Optional.of(token) : Optional.empty());
        });
    }

    private static MemberProfile profile(MemberDetails command, ImageInput avatar) {
        ImageInput checkedAvatar = avatar != null && avatar.hasData() ? null : avatar;
        return new MemberProfile(new EmailAddress(command.email()), command.name(),
                Optional.ofNullable(command.nickname()),
                Optional.ofNullable(checkedAvatar).map(ImageInput::toImageRef));
    }

    private String newConfirmationToken() {
        return tokens.newToken(CONFIRMATION_TOKEN_LENGTH);
    }

    private Member confirm(Member confirmed) {
        members.update(confirmed);
        List<Identity> own = List.of(Identity.member(confirmed.id()), new EmailIdentity(confirmed.email()));
        claiming.claim(confirmed.id(), own, confirmed.confirmedAt().orElseThrow());
        return confirmed;
    }

    @Override
    public IdentityClaim claimIdentity(ClaimIdentityCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            if (!vouchesForNamespace(command.actor(), command.identity())) {
                access.requireOperator(command.actor());
            }
            Member member = members.findById(command.member()).orElseThrow(NotFound::member);
            if (!member.isConfirmed()) {
                throw DomainException.ruleViolation("member_not_confirmed",
                        "Only a confirmed member can claim an identity.");
            }
            if (identityClaims.findByIdentity(command.identity()).isPresent()) {
                throw DomainException.conflict("identity_already_claimed", "The identity is already claimed.");
            }
            List<Identity> identities = List.of(command.identity());
            return claiming.claim(member.id(), identities, clock.now()).get(0);
        });
    }

    @Override
    public Optional<MemberView> findMember(FindMemberQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return transactions.readOnly(() -> recipients.confirmedMemberOf(query.identity())).map(member ->
                new MemberView(member, actor instanceof Actor.Operator || query.identity() instanceof EmailIdentity
                        || Access.memberOf(actor).filter(member.id()::equals).isPresent()));
    }

    @Override
    public Member getMember(GetMemberQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return transactions.readOnly(() -> members.findById(query.member()))
                .filter(member -> actor instanceof Actor.Operator || Access.memberOf(actor)
                        .filter(me -> me.equals(member.id()) || member.parent().filter(me::equals).isPresent())
                        .isPresent())
                .orElseThrow(NotFound::member);
    }

    /** Whether the actor acts for the game server whose players' namespace the handle is in. */
    private boolean vouchesForNamespace(Actor actor, ExternalIdentity identity) {
        return !(actor instanceof Actor.Anonymous) && GameServer.keyOfNamespace(identity.namespace())
                .flatMap(gameServers::findByKey)
                .filter(server -> access.mayActFor(actor, server.issuer())).isPresent();
    }
}
