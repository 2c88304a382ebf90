package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.member.ClaimIdentityCommand;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.CreateSubAccountCommand;
import dev.accolade.application.member.FindMemberQuery;
import dev.accolade.application.member.GetMemberQuery;
import dev.accolade.application.member.IssueConfirmationTokenCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.session.SignInCommand;
import dev.accolade.application.session.SignedIn;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.Namespace;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registering, confirming, signing in and out, finding members and claiming identities. */
public abstract class MemberUseCasesTest extends UseCaseTest {

    @Test
    void a_registration_waits_for_confirmation_and_cannot_sign_in_before() {
        Registration registration = registered("Ada@Example.org ");

        assertThat(registration.member().isConfirmed()).isFalse();
        assertThat(registration.member().email().value()).isEqualTo("ada@example.org");
        assertThat(registration.confirmationToken()).get().asString().hasSize(32);
        assertRefused(() -> accolade.sessions().signIn(new SignInCommand("ada@example.org", PASSWORD)),
                "member_not_confirmed", ErrorCategory.UNAUTHENTICATED);
    }

    @Test
    void a_confirmed_member_signs_in_and_its_token_authenticates_it() {
        Member ada = member("ada@example.org");

        SignedIn signedIn = accolade.sessions().signIn(new SignInCommand("ADA@example.org", PASSWORD));

        assertThat(signedIn.token()).hasSize(32);
        assertThat(signedIn.member().lastVisit()).isPresent();
        assertThat(accolade.sessions().authenticateMember(signedIn.token()).id()).isEqualTo(ada.id());
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_refusal() {
        member("ada@example.org");

        assertRefused(() -> accolade.sessions().signIn(new SignInCommand("ada@example.org", "wrong password")),
                "invalid_credentials", ErrorCategory.UNAUTHENTICATED);
        assertRefused(() -> accolade.sessions().signIn(new SignInCommand("nobody@example.org", PASSWORD)),
                "invalid_credentials", ErrorCategory.UNAUTHENTICATED);
    }

    @Test
    void a_token_stops_working_when_it_expires_or_the_member_signs_out() {
        member("ada@example.org");
        String first = accolade.sessions().signIn(new SignInCommand("ada@example.org", PASSWORD)).token();
        String second = accolade.sessions().signIn(new SignInCommand("ada@example.org", PASSWORD)).token();

        accolade.sessions().signOut(second);
        assertRefused(() -> accolade.sessions().authenticateMember(second), "invalid_credentials");
        clock.advance(Duration.ofDays(31));
        assertRefused(() -> accolade.sessions().authenticateMember(first), "invalid_credentials");
        assertRefused(() -> accolade.sessions().authenticateMember("not a token"), "invalid_credentials");
    }

    @Test
    void a_confirmation_token_works_once_and_a_wrong_one_never() {
        Registration registration = registered("ada@example.org");
        String token = registration.confirmationToken().orElseThrow();

        assertRefused(() -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand("wrong")),
                "confirmation_token_invalid", ErrorCategory.INVALID);
        Member confirmed = accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token));
        assertThat(confirmed.isConfirmed()).isTrue();
        assertRefused(() -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token)),
                "confirmation_token_invalid");
    }

    @Test
    void only_the_operator_is_given_the_confirmation_token() {
        Member parent = member("parent@example.org");
        Issuer issuer = issuer("acme");

        Registration anonymous = accolade.members().registerMember(
                new RegisterMemberCommand(Actor.anonymous(), details("ann@example.org")));
        Registration byIssuer = accolade.members().registerMember(new RegisterMemberCommand(as(issuer),
                details("ian@example.org")));
        Registration byMember = accolade.members().registerMember(new RegisterMemberCommand(as(parent),
                details("meg@example.org")));
        Registration byOperator = registered("oto@example.org");

        assertThat(List.of(anonymous, byIssuer, byMember)).allSatisfy(registration -> {
            assertThat(registration.confirmationToken()).isEmpty();
            assertThat(registration.member().isConfirmed()).isFalse();
        });
        assertThat(byOperator.confirmationToken()).isPresent();
    }

    @Test
    void the_operator_issues_a_new_confirmation_token_and_the_old_one_stops_working() {
        Registration registration = registered("ada@example.org");
        String first = registration.confirmationToken().orElseThrow();

        Registration reissued = accolade.members().issueConfirmationToken(
                new IssueConfirmationTokenCommand(operator, registration.member().id()));
        String second = reissued.confirmationToken().orElseThrow();

        assertThat(second).isNotEqualTo(first).hasSize(32);
        assertRefused(() -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand(first)),
                "confirmation_token_invalid");
        assertThat(accolade.members().confirmRegistration(new ConfirmRegistrationCommand(second)).isConfirmed())
                .isTrue();
    }

    @Test
    void a_confirmation_token_is_issued_only_by_the_operator_for_an_unconfirmed_member() {
        Member ada = member("ada@example.org");
        Registration bob = registered("bob@example.org");

        assertRefused(() -> accolade.members().issueConfirmationToken(new IssueConfirmationTokenCommand(as(ada),
                bob.member().id())), "operator_required", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.members()
                .issueConfirmationToken(new IssueConfirmationTokenCommand(Actor.anonymous(),
                bob.member().id())), "authentication_required", ErrorCategory.UNAUTHENTICATED);
        assertRefused(() -> accolade.members().issueConfirmationToken(new IssueConfirmationTokenCommand(operator,
                ada.id())),
                "member_already_confirmed", ErrorCategory.CONFLICT);
        assertRefused(() -> accolade.members().issueConfirmationToken(new IssueConfirmationTokenCommand(operator,
                new MemberId(999_999))), "member_not_found", ErrorCategory.NOT_FOUND);
        assertThat(accolade.members().confirmRegistration(new ConfirmRegistrationCommand(
                bob.confirmationToken().orElseThrow())).isConfirmed()).isTrue();
    }

    @Test
    void an_email_registers_once_whatever_its_case() {
        registered("ada@example.org");

        assertRefusedWithoutChange(() -> registered("ADA@example.org"), "email_taken");
    }

    @Test
    void a_registration_with_several_bad_fields_lists_them_all_and_stores_nothing() {
        var refusal = assertRefused(() -> register(new MemberDetails("e".repeat(129), "short", "n".repeat(51),
                "k".repeat(51), new ImageInput("bmp", "ftp://x"))), "email_too_long");

        assertThat(refusal.fieldErrors()).extracting(FieldError::code).containsExactly("email_too_long",
                "name_too_long", "nickname_too_long", "password_too_short");
        assertRefused(() -> accolade.sessions().signIn(new SignInCommand("e".repeat(128), PASSWORD)), "email_invalid");
    }

    @Test
    void a_bad_avatar_or_email_form_is_refused_by_the_domain_rules() {
        assertRefused(() -> register(new MemberDetails("ada@example.org", PASSWORD, "Ada", null,
                new ImageInput("bmp", "https://img.example.org/a.bmp"))), "format_invalid");
        assertRefused(() -> register(new MemberDetails("ada@example.org", PASSWORD, "Ada", null,
                new ImageInput("png", "ftp://img.example.org/a.png"))), "url_invalid");
        assertRefused(() -> registered("not-an-email"), "email_invalid");
    }

    @Test
    void a_member_keeps_its_profile_with_avatar() {
        Registration registration = register(new MemberDetails("ada@example.org", PASSWORD, "Ada Lovelace", "ada",
                new ImageInput("jpeg", "https://img.example.org/ada.jpg")));

        assertThat(registration.member().profile().avatar()).get()
                .satisfies(image -> assertThat(image.format()).isEqualTo(ImageFormat.JPG));
        assertThat(registration.member().profile().nickname()).contains("ada");
    }

    @Test
    void in_the_sandbox_a_registration_is_confirmed_at_once() {
        Accolade sandbox = assembled(AccoladeSettings.DEFAULT.withSandbox(true));

        Registration registration = sandbox.members().registerMember(
                new RegisterMemberCommand(operator, details("ada@example.org")));

        assertThat(registration.member().isConfirmed()).isTrue();
        assertThat(registration.confirmationToken()).isEmpty();
        assertThat(sandbox.sessions().signIn(new SignInCommand("ada@example.org", PASSWORD)).member().id())
                .isEqualTo(registration.member().id());
    }

    @Test
    void a_sub_account_signs_in_with_its_own_credentials_and_the_parent_token_stays_the_parents() {
        Member parent = member("parent@example.org");
        String parentToken = accolade.sessions().signIn(new SignInCommand("parent@example.org", PASSWORD)).token();

        Registration child = accolade.members().createSubAccount(new CreateSubAccountCommand(as(parent),
                details("child@example.org")));
        assertThat(child.confirmationToken()).isEmpty();
        Registration reissued = accolade.members().issueConfirmationToken(
                new IssueConfirmationTokenCommand(operator, child.member().id()));
        accolade.members().confirmRegistration(new ConfirmRegistrationCommand(reissued.confirmationToken()
                .orElseThrow()));

        assertThat(child.member().parent()).contains(parent.id());
        assertThat(accolade.sessions().authenticateMember(parentToken).id()).isEqualTo(parent.id());
        assertThat(accolade.sessions().signIn(new SignInCommand("child@example.org", PASSWORD)).member().id())
                .isEqualTo(child.member().id());
        assertThat(accolade.members().getMember(new GetMemberQuery(as(parent), child.member().id())).id())
                .isEqualTo(child.member().id());
    }

    @Test
    void only_a_member_creates_sub_accounts() {
        assertRefused(() -> accolade.members().createSubAccount(new CreateSubAccountCommand(operator,
                details("child@example.org"))), "member_required",
                ErrorCategory.FORBIDDEN);
    }

    @Test
    void a_found_member_shows_its_email_to_itself_the_operator_and_whoever_named_the_address_only() {
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");
        ExternalIdentity steve = new ExternalIdentity(new Namespace("minecraft:survival"), "Steve");
        accolade.members().claimIdentity(new ClaimIdentityCommand(operator, ada.id(), steve));

        assertThat(accolade.members().findMember(new FindMemberQuery(as(ada), steve)).orElseThrow().emailVisible())
                .isTrue();
        assertThat(accolade.members().findMember(new FindMemberQuery(operator, steve)).orElseThrow().emailVisible())
                .isTrue();
        assertThat(accolade.members().findMember(new FindMemberQuery(as(bob), Identity.email("ada@example.org")))
                .orElseThrow().emailVisible()).isTrue();
        assertThat(accolade.members().findMember(new FindMemberQuery(as(bob), steve)).orElseThrow().emailVisible())
                .isFalse();
        assertThat(accolade.members().findMember(new FindMemberQuery(as(bob), Identity.member(ada.id())))
                .orElseThrow().emailVisible()).isFalse();
    }

    @Test
    void a_member_is_found_by_id_email_or_claimed_handle_once_confirmed() {
        Member ada = member("ada@example.org");
        registered("bob@example.org");
        ExternalIdentity steve = new ExternalIdentity(new Namespace("minecraft:survival"), "Steve");
        accolade.members().claimIdentity(new ClaimIdentityCommand(operator, ada.id(), steve));

        assertThat(accolade.members().findMember(new FindMemberQuery(as(ada), Identity.member(ada.id())))).get()
                .extracting(found -> found.member().id()).isEqualTo(ada.id());
        assertThat(accolade.members().findMember(new FindMemberQuery(operator,
                Identity.email("ADA@example.org")))).isPresent();
        assertThat(accolade.members().findMember(new FindMemberQuery(operator, steve))).get()
                .extracting(found -> found.member().id()).isEqualTo(ada.id());
        assertThat(accolade.members().findMember(new FindMemberQuery(operator,
                Identity.email("bob@example.org")))).isEmpty();
        assertRefused(() -> accolade.members().findMember(new FindMemberQuery(anonymous,
                Identity.email("ada@example.org"))),
                "authentication_required");
    }

    @Test
    void a_member_reads_its_own_account_but_not_another() {
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");

        assertThat(accolade.members().getMember(new GetMemberQuery(as(ada), ada.id())).id()).isEqualTo(ada.id());
        assertThat(accolade.members().getMember(new GetMemberQuery(operator, bob.id())).id()).isEqualTo(bob.id());
        assertRefused(() -> accolade.members().getMember(new GetMemberQuery(as(ada), bob.id())), "member_not_found",
                ErrorCategory.NOT_FOUND);
    }

    @Test
    void a_handle_is_claimed_once_by_a_confirmed_member_and_only_through_the_operator() {
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");
        Member carol = registered("carol@example.org").member();
        ExternalIdentity steve = new ExternalIdentity(new Namespace("minecraft:survival"), "Steve");

        assertRefused(() -> accolade.members().claimIdentity(new ClaimIdentityCommand(as(ada), ada.id(), steve)),
                "operator_required");
        assertRefused(() -> accolade.members().claimIdentity(new ClaimIdentityCommand(operator, carol.id(), steve)),
                "member_not_confirmed");
        accolade.members().claimIdentity(new ClaimIdentityCommand(operator, ada.id(), steve));
        assertRefused(() -> accolade.members().claimIdentity(new ClaimIdentityCommand(operator, bob.id(), steve)),
                "identity_already_claimed", ErrorCategory.CONFLICT);
    }
}
