package dev.accolade.domain.member;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A member registers unconfirmed, confirms once, signs in only when confirmed and active. */
class MemberTest {

    private static final Instant LATER = T0.plusSeconds(3600);

    private static String tokenOf(Member member) {
        return "confirm-" + member.id().value();
    }

    private static List<CategoryId> categories(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(CategoryId::new).toList();
    }

    @Test
    void a_new_registration_is_unconfirmed_and_active() {
        Member member = TestData.unconfirmedMember();

        assertThat(member.isConfirmed()).isFalse();
        assertThat(member.confirmedAt()).isEmpty();
        assertThat(member.confirmationHash()).contains(SecretHash.of(tokenOf(member)));
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.registeredAt()).isEqualTo(T0);
    }

    @Test
    void a_new_registration_has_no_visit_and_no_authority() {
        Member member = TestData.unconfirmedMember();

        assertThat(member.lastVisit()).isEmpty();
        assertThat(member.authorityCategories()).isEmpty();
    }

    @Test
    void a_registration_may_be_a_sub_account_of_another_member() {
        MemberId parent = new MemberId(77);

        Member member = Member.register(new MemberId(78), TestData.profile("kid@example.org"),
                new PasswordHash("hash"), Optional.of(parent), SecretHash.of("token"), T0);

        assertThat(member.parent()).contains(parent);
    }

    @Test
    void the_right_token_confirms_the_registration() {
        Member member = TestData.unconfirmedMember();

        Member confirmed = member.confirm(tokenOf(member), LATER);

        assertThat(confirmed.isConfirmed()).isTrue();
        assertThat(confirmed.confirmedAt()).contains(LATER);
    }

    @Test
    void confirming_forgets_the_token() {
        Member member = TestData.unconfirmedMember();

        assertThat(member.confirm(tokenOf(member), LATER).confirmationHash()).isEmpty();
    }

    @Test
    void a_wrong_token_is_refused() {
        Member member = TestData.unconfirmedMember();

        assertRefused(() -> member.confirm("wrong", LATER), ErrorCategory.INVALID, "confirmation_token_invalid");
    }

    @Test
    void a_missing_token_is_refused() {
        Member member = TestData.unconfirmedMember();

        assertRefused(() -> member.confirm(null, LATER), ErrorCategory.INVALID, "confirmation_token_invalid");
    }

    @Test
    void a_registration_is_confirmed_only_once() {
        Member member = TestData.unconfirmedMember();
        Member confirmed = member.confirm(tokenOf(member), LATER);

        assertRefused(() -> confirmed.confirm(tokenOf(member), LATER), ErrorCategory.CONFLICT,
                "member_already_confirmed");
    }

    @Test
    void a_new_confirmation_token_replaces_the_old_one() {
        Member member = TestData.unconfirmedMember();
        Member reissued = member.withNewConfirmation(SecretHash.of("fresh"));

        assertRefused(() -> reissued.confirm(tokenOf(member), LATER), ErrorCategory.INVALID,
                "confirmation_token_invalid");
        assertThat(reissued.confirm("fresh", LATER).isConfirmed()).isTrue();
    }

    @Test
    void a_confirmed_member_gets_no_new_confirmation_token() {
        Member confirmed = TestData.unconfirmedMember().confirmWithoutToken(LATER);

        assertRefused(() -> confirmed.withNewConfirmation(SecretHash.of("fresh")), ErrorCategory.CONFLICT,
                "member_already_confirmed");
    }

    @Test
    void confirming_without_a_token_confirms_an_unconfirmed_member() {
        Member confirmed = TestData.unconfirmedMember().confirmWithoutToken(LATER);

        assertThat(confirmed.confirmedAt()).contains(LATER);
        assertThat(confirmed.confirmationHash()).isEmpty();
    }

    @Test
    void confirming_without_a_token_leaves_a_confirmed_member_as_it_is() {
        Member confirmed = TestData.unconfirmedMember().confirmWithoutToken(T0);

        assertThat(confirmed.confirmWithoutToken(LATER)).isSameAs(confirmed);
    }

    @Test
    void an_unconfirmed_member_cannot_sign_in() {
        Member member = TestData.unconfirmedMember();

        assertRefused(member::checkCanSignIn, ErrorCategory.UNAUTHENTICATED, "member_not_confirmed");
    }

    @Test
    void an_inactive_member_cannot_sign_in() {
        Member member = TestData.member().withStatus(MemberStatus.INACTIVE);

        assertRefused(member::checkCanSignIn, ErrorCategory.UNAUTHENTICATED, "member_inactive");
    }

    @Test
    void a_confirmed_active_member_can_sign_in() {
        Member member = TestData.member();

        assertThatCode(member::checkCanSignIn).doesNotThrowAnyException();
    }

    @Test
    void an_inactive_member_can_be_made_active_again() {
        Member member = TestData.member().withStatus(MemberStatus.INACTIVE).withStatus(MemberStatus.ACTIVE);

        assertThatCode(member::checkCanSignIn).doesNotThrowAnyException();
    }

    @Test
    void a_visit_is_remembered() {
        assertThat(TestData.member().visited(LATER).lastVisit()).contains(LATER);
    }

    @Test
    void a_member_never_seen_is_offline() {
        assertThat(TestData.member().isOnline(T0)).isFalse();
    }

    @Test
    void a_member_is_online_up_to_five_minutes_after_a_visit() {
        Member member = TestData.member().visited(T0);

        assertThat(member.isOnline(T0)).isTrue();
        assertThat(member.isOnline(T0.plus(Member.ONLINE_WINDOW))).isTrue();
    }

    @Test
    void a_member_is_offline_once_five_minutes_have_passed_since_the_visit() {
        Member member = TestData.member().visited(T0);

        assertThat(member.isOnline(T0.plus(Member.ONLINE_WINDOW).plusNanos(1000))).isFalse();
    }

    @Test
    void twenty_authority_categories_are_accepted() {
        assertThat(TestData.member().withAuthorityCategories(categories(20)).authorityCategories()).hasSize(20);
    }

    @Test
    void twenty_one_authority_categories_are_refused() {
        Member member = TestData.member();

        assertInvalid(() -> member.withAuthorityCategories(categories(21)), "authority_categories",
                "authority_categories_too_many");
    }

    @Test
    void repeated_authority_categories_are_kept_once_in_their_first_order() {
        List<CategoryId> given = new ArrayList<>(List.of(new CategoryId(3), new CategoryId(1), new CategoryId(3)));

        assertThat(TestData.member().withAuthorityCategories(given).authorityCategories())
                .containsExactly(new CategoryId(3), new CategoryId(1));
    }

    @Test
    void repeats_do_not_count_towards_the_authority_limit() {
        List<CategoryId> given = new ArrayList<>(categories(20));
        given.addAll(categories(5));

        assertThat(TestData.member().withAuthorityCategories(given).authorityCategories()).hasSize(20);
    }

    @Test
    void changes_keep_the_confirmation() {
        Member member = TestData.member().visited(LATER).withStatus(MemberStatus.INACTIVE)
                .withAuthorityCategories(categories(2));

        assertThat(member.confirmedAt()).contains(T0);
    }

    @Test
    void the_email_and_name_come_from_the_profile() {
        Member member = TestData.member();

        assertThat(member.email()).isEqualTo(member.profile().email());
        assertThat(member.name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void a_confirmed_member_cannot_also_wait_on_a_token() {
        Member member = TestData.member();

        assertThatIllegalArgumentException().isThrownBy(() -> Member.reconstitute(member.id(), member.profile(),
                member.passwordHash(), member.status(), List.of(), Optional.empty(), T0, Optional.of(T0),
                Optional.of(SecretHash.of("token")), Optional.empty()));
    }

    @Test
    void an_unconfirmed_member_must_wait_on_a_token() {
        Member member = TestData.member();

        assertThatIllegalArgumentException().isThrownBy(() -> Member.reconstitute(member.id(), member.profile(),
                member.passwordHash(), member.status(), List.of(), Optional.empty(), T0, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void a_reconstituted_member_equals_the_one_that_was_stored() {
        Member member = TestData.member().visited(LATER).withAuthorityCategories(categories(3));

        Member loaded = Member.reconstitute(member.id(), member.profile(), member.passwordHash(), member.status(),
                member.authorityCategories(), member.lastVisit(), member.registeredAt(), member.confirmedAt(),
                member.confirmationHash(), member.parent());

        assertThat(loaded).isEqualTo(member).hasSameHashCodeAs(member);
    }
}
