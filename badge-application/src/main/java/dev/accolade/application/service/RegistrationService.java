package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.member.ConfirmRegistrationCommand;
import dev.accolade.application.port.in.member.ConfirmRegistrationUseCase;
import dev.accolade.application.port.in.member.CreateSubAccountCommand;
import dev.accolade.application.port.in.member.CreateSubAccountUseCase;
import dev.accolade.application.port.in.member.IssueConfirmationTokenCommand;
import dev.accolade.application.port.in.member.IssueConfirmationTokenUseCase;
import dev.accolade.application.port.in.member.MemberDetails;
import dev.accolade.application.port.in.member.RegisterMemberCommand;
import dev.accolade.application.port.in.member.RegisterMemberUseCase;
import dev.accolade.application.port.in.member.Registration;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.member.MemberProfile;
import dev.accolade.domain.member.PasswordHash;
import dev.accolade.domain.member.PasswordPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Registers members (and sub-accounts) and confirms them. Confirmation claims the member's id and
 * email and delivers every offer and award that was waiting for them, so its token goes only to the
 * operator, who sends it to the address: a registrant who saw it could claim an address it does not own.
 */
public final class RegistrationService implements RegisterMemberUseCase, CreateSubAccountUseCase,
        ConfirmRegistrationUseCase, IssueConfirmationTokenUseCase {

    /** The length of a confirmation token. */
    static final int CONFIRMATION_TOKEN_LENGTH = 32;

    private final StorePorts store;
    private final ClockPort clock;
    private final PasswordHasherPort passwords;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final Access access;
    private final Claiming claiming;
    private final AccoladeSettings settings;
    private final Uploads uploads;

    RegistrationService(StorePorts store, ClockPort clock, PasswordHasherPort passwords, TokenGeneratorPort tokens,
            CommandValidator validator, Access access, Claiming claiming, AccoladeSettings settings) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.passwords = requireNonNull(passwords, "passwords");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.claiming = requireNonNull(claiming, "claiming");
        this.settings = requireNonNull(settings, "settings");
        this.uploads = new Uploads(store, clock);
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
        return store.transactions().inTransaction(() -> {
            Member member = store.members().findById(command.member())
                    .orElseThrow(NotFound::member);
            Member waiting = member.withNewConfirmation(SecretHash.of(token));
            store.members().update(waiting);
            return new Registration(waiting, Optional.of(token));
        });
    }

    @Override
    public Member confirmRegistration(ConfirmRegistrationCommand command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            Member member = store.members().findByConfirmationHash(SecretHash.of(command.token()))
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
        return store.transactions().inTransaction(() -> {
            if (store.members().findByEmail(checked.email()).isPresent()) {
                throw DomainException.conflict("email_taken", "The email address is already registered.");
            }
            MemberProfile profile = avatar.image() == null ? checked : profile(command, uploads.storeAvatar(avatar));
            Instant now = clock.now();
            Member member = Member.register(new MemberId(store.ids().nextId()), profile, hash, parent,
                    SecretHash.of(token), now);
            store.members().insert(member);
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
        store.members().update(confirmed);
        List<Identity> own = List.of(Identity.member(confirmed.id()), new EmailIdentity(confirmed.email()));
        claiming.claim(confirmed.id(), own, confirmed.confirmedAt().orElseThrow());
        return confirmed;
    }
}
