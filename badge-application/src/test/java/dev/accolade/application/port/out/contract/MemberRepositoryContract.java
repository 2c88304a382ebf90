package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.member.MemberProfile;
import dev.accolade.domain.member.MemberStatus;
import dev.accolade.domain.member.PasswordHash;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every store promises about members: exact round trips, unique emails, and the two lookups. */
public abstract class MemberRepositoryContract extends StoreContract {

    @Test
    void an_unconfirmed_member_comes_back_equal() {
        Member member = saved(TestData.unconfirmedMember());

        assertThat(read(() -> store.members().findById(member.id()))).contains(member);
    }

    @Test
    void a_member_with_every_optional_part_comes_back_equal() {
        Member parent = savedMember();
        Category second = savedCategory();
        Category first = savedCategory();
        long id = TestData.nextId();
        MemberProfile profile = new MemberProfile(new EmailAddress("Zoë.Ünal+" + id + "@Example.org"), "Zoë Ünal",
                Optional.empty(), Optional.of(new ImageRef(ImageFormat.GIF,
                        new AssetLocation("https://img.example.org/avatars/" + id + ".gif"))));
        Member member = Member.reconstitute(new MemberId(id), profile,
                new PasswordHash("pbkdf2-sha256$310000$c2FsdA==$a2V5/+=="), MemberStatus.INACTIVE,
                List.of(second.id(), first.id()), Optional.of(plusMicros(at(90), 654_321)), plusMicros(at(1), 1),
                Optional.of(plusMicros(at(2), 2)), Optional.empty(), Optional.of(parent.id()));
        saved(member);

        Optional<Member> found = read(() -> store.members().findById(member.id()));

        assertThat(found).contains(member);
        assertThat(found.orElseThrow().authorityCategories()).containsExactly(second.id(), first.id());
    }

    @Test
    void an_unknown_id_finds_no_member() {
        savedMember();

        assertThat(read(() -> store.members().findById(new MemberId(TestData.nextId())))).isEmpty();
    }

    @Test
    void an_update_replaces_the_stored_member() {
        Member member = saved(TestData.unconfirmedMember());
        Category authority = savedCategory();
        Member changed = member.confirmWithoutToken(plusMicros(at(3), 5)).visited(plusMicros(at(4), 6))
                .withStatus(MemberStatus.INACTIVE).withAuthorityCategories(List.of(authority.id()));

        write(() -> store.members().update(changed));

        assertThat(read(() -> store.members().findById(member.id()))).contains(changed);
    }

    @Test
    void only_confirmed_members_are_counted() {
        long before = read(() -> store.members().countConfirmed());

        savedMember();
        saved(TestData.unconfirmedMember());

        assertThat(read(() -> store.members().countConfirmed())).isEqualTo(before + 1);
    }

    @Test
    void a_member_is_found_by_email_whether_confirmed_or_not() {
        Member confirmed = savedMember();
        Member unconfirmed = saved(TestData.unconfirmedMember());

        assertThat(read(() -> store.members().findByEmail(confirmed.email()))).contains(confirmed);
        assertThat(read(() -> store.members().findByEmail(unconfirmed.email()))).contains(unconfirmed);
        assertThat(read(() -> store.members().findByEmail(new EmailAddress("nobody@example.org")))).isEmpty();
    }

    @Test
    void a_taken_email_is_refused_with_email_taken_and_changes_nothing() {
        Member first = savedMember();
        Member second = Member.register(new MemberId(TestData.nextId()), TestData.profile(first.email().value()),
                new PasswordHash("other$hash"), Optional.empty(), SecretHash.of("another token"), at(9));

        assertThatThrownBy(() -> write(() -> store.members().insert(second)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("email_taken"));

        assertThat(read(() -> store.members().findById(second.id()))).isEmpty();
        assertThat(read(() -> store.members().findByEmail(first.email()))).contains(first);
        assertThat(read(() -> store.members().findByConfirmationHash(SecretHash.of("another token")))).isEmpty();
    }

    @Test
    void an_unconfirmed_member_is_found_by_the_hash_of_its_confirmation_token() {
        Member wanted = saved(TestData.unconfirmedMember());
        saved(TestData.unconfirmedMember());

        assertThat(read(() -> store.members().findByConfirmationHash(wanted.confirmationHash().orElseThrow())))
                .contains(wanted);
        assertThat(read(() -> store.members().findByConfirmationHash(SecretHash.of("unknown token")))).isEmpty();
    }

    @Test
    void a_confirmed_member_is_no_longer_found_by_its_old_confirmation_hash() {
        Member member = saved(TestData.unconfirmedMember());
        SecretHash hash = member.confirmationHash().orElseThrow();

        write(() -> store.members().update(member.confirmWithoutToken(at(5))));

        assertThat(read(() -> store.members().findByConfirmationHash(hash))).isEmpty();
    }
}
