package dev.accolade.application.session;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.in.InvalidCredentials;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.member.MemberSessionRepository;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberSession;
import dev.accolade.domain.member.PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signs members in and out and authenticates their tokens. A wrong email costs as much time as a
 * wrong password (a decoy hash, derived once on first need, is checked), and both get the same answer.
 * The sign-in throttle is asked first, so that a sign-in that must wait costs no password hashing.
 */
final class SignInService implements Sessions {

    /** The length of a member token, as the Achieve Mint API gives it. */
    static final int TOKEN_LENGTH = 32;
    /** How stale the last-visit time may get before a request refreshes it. */
    static final Duration VISIT_RESOLUTION = Duration.ofMinutes(1);
    private static final int MAX_TOKEN_LENGTH = 128;

    private final TransactionPort transactions;
    private final MemberRepository members;
    private final MemberSessionRepository sessions;
    private final IdentityClaimRepository identityClaims;
    private final ClockPort clock;
    private final PasswordHasherPort passwords;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final AccoladeSettings settings;
    private final Supplier<PasswordHash> decoy;
    private final SignInThrottle throttle;

    SignInService(TransactionPort transactions, MemberRepository members, MemberSessionRepository sessions,
            IdentityClaimRepository identityClaims, ClockPort clock, PasswordHasherPort passwords,
                    TokenGeneratorPort tokens,
            CommandValidator validator, AccoladeSettings settings, SignInThrottle throttle) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.members = requireNonNull(members, "members");
        this.sessions = requireNonNull(sessions, "sessions");
        this.identityClaims = requireNonNull(identityClaims, "identityClaims");
        this.clock = requireNonNull(clock, "clock");
        this.passwords = requireNonNull(passwords, "passwords");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.settings = requireNonNull(settings, "settings");
        this.throttle = requireNonNull(throttle, "throttle");
        this.decoy = Suppliers.memoize(() -> passwords.hash(tokens.newToken(TOKEN_LENGTH)));
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        validator.validate(command);
        EmailIdentity email = new EmailIdentity(new EmailAddress(command.email()));
        return signedIn(transactions.readOnly(() -> members.findByEmail(email.email())), email, command.password(),
                command.address());
    }

    @Override
    public SignedIn signInByIdentity(IdentitySignInCommand command) {
        validator.validate(command);
        Identity identity = command.identity();
        return signedIn(transactions.readOnly(() -> identity instanceof EmailIdentity email
                ? members.findByEmail(email.email())
                : identityClaims.findByIdentity(identity).map(IdentityClaim::member).flatMap(members::findById)),
                identity, command.password(), command.address());
    }

    /**
     * A session for the member found, when the password is its own; a decoy hash keeps the time alike. The
     * throttle counts the attempt under the member found, or under the identity named when none is.
     */
    private SignedIn signedIn(Optional<Member> found, Identity named, String password, Optional<String> address) {
        SignInThrottle.Attempt attempt = SignInThrottle.attempt(found.map(m -> Identity.member(m.id())).orElse(named),
                address);
        throttle.admit(attempt);
        boolean matches = passwords.matches(password, found.map(Member::passwordHash).orElseGet(decoy));
        if (!matches || found.isEmpty()) {
            throttle.failed(attempt);
            throw InvalidCredentials.refusal();
        }
        Member member = found.get();
        member.checkCanSignIn();
        String token = tokens.newToken(TOKEN_LENGTH);
        SignedIn signedIn = transactions.inTransaction(() -> {
            Instant now = clock.now();
            MemberSession session = MemberSession.start(token, member.id(), now, settings.sessionLifetime());
            sessions.insert(session);
            Member current = members.findById(member.id()).orElseThrow(InvalidCredentials::refusal).visited(now);
            members.update(current);
            throttle.succeeded(attempt, now);
            return new SignedIn(current, token, session.expiresAt());
        });
        throttle.forgetOldCounts(clock.now());
        return signedIn;
    }

    @Override
    public Member authenticateMember(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw InvalidCredentials.refusal();
        }
        Instant now = clock.now();
        Member member = transactions.readOnly(() -> sessions.findByTokenHash(SecretHash.of(token))
                .filter(session -> session.isValidAt(now))
                .flatMap(session -> members.findById(session.member()))).orElseThrow(InvalidCredentials::refusal);
        member.checkCanSignIn();
        if (member.lastVisit().filter(seen -> seen.plus(VISIT_RESOLUTION).isAfter(now)).isPresent()) {
            return member;
        }
        return transactions.inTransaction(() -> {
            Member visited = members.findById(member.id()).orElseThrow(InvalidCredentials::refusal).visited(now);
            members.update(visited);
            return visited;
        });
    }

    @Override
    public void signOut(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return;
        }
        transactions.inTransaction(() -> {
            sessions.delete(SecretHash.of(token));
            return null;
        });
    }
}
