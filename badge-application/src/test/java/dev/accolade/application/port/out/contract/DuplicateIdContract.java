package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about ids: a second row with an id already in use is refused with
 * {@code duplicate_id}, whatever else differs, and the first row stays as it was.
 */
public abstract class DuplicateIdContract extends StoreContract {

    private Issuer issuer;
    private Member member;
    private Template repeatable;

    @BeforeEach
    void storeParents() {
        issuer = savedIssuer();
        member = savedMember();
        repeatable = savedRepeatableTemplate(issuer.id());
    }

    private void assertDuplicateId(ThrowingCallable secondInsert) {
        assertThatThrownBy(secondInsert).isInstanceOfSatisfying(UniqueConstraintViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("duplicate_id"));
    }

    @Test
    void a_second_issuer_with_a_taken_id_is_refused() {
        Issuer twin = Issuer.create(issuer.id(), new IssuerSlug("twin-" + TestData.nextId()), "Twin",
                Optional.empty(), at(5));

        assertDuplicateId(() -> write(() -> store.issuers().insert(twin)));
        assertThat(read(() -> store.issuers().findById(issuer.id()))).contains(issuer);
    }

    @Test
    void a_second_member_with_a_taken_id_is_refused() {
        Member other = TestData.member();
        Member twin = Member.reconstitute(member.id(), other.profile(), other.passwordHash(), other.status(),
                other.authorityCategories(), other.lastVisit(), other.registeredAt(), other.confirmedAt(),
                other.confirmationHash(), other.parent());

        assertDuplicateId(() -> write(() -> store.members().insert(twin)));
        assertThat(read(() -> store.members().findById(member.id()))).contains(member);
    }

    @Test
    void a_second_api_key_with_a_taken_id_is_refused() {
        ApiKeyId id = new ApiKeyId(TestData.nextId());
        ApiKey key = ApiKey.issue(id, issuer.id(), "first", "sk_live_first_0123456789abcdefghijklmnop", at(1));
        write(() -> store.apiKeys().insert(key));

        assertDuplicateId(() -> write(() -> store.apiKeys().insert(ApiKey.issue(id, issuer.id(), "second",
                "sk_live_second_0123456789abcdefghijklmnop", at(2)))));
        assertThat(read(() -> store.apiKeys().findById(id))).contains(key);
    }

    @Test
    void a_second_category_with_a_taken_id_is_refused() {
        Category category = savedCategory();

        assertDuplicateId(() -> write(() -> store.categories().insert(category)));
        assertThat(read(() -> store.categories().count())).isEqualTo(1);
    }

    @Test
    void a_second_template_with_a_taken_id_is_refused() {
        Template twin = Template.create(repeatable.id(), TestData.publicId(), issuer.id(), TestData.details()
                .build(), at(5));

        assertDuplicateId(() -> write(() -> store.templates().insert(twin)));
        assertThat(read(() -> store.templates().findById(repeatable.id()))).contains(repeatable);
    }

    @Test
    void a_second_award_offer_or_request_with_a_taken_id_is_refused() {
        Award award = saved(TestData.award(repeatable, Identity.member(member.id()), Optional.of(member.id()),
                at(1)));
        Offer offer = saved(TestData.offer(repeatable, Identity.member(member.id()), Optional.of(member.id()),
                at(1)));
        AwardRequest request = saved(TestData.request(repeatable, member.id(), at(1)));

        assertDuplicateId(() -> write(() -> store.awards().insert(award)));
        assertDuplicateId(() -> write(() -> store.offers().insert(offer)));
        assertDuplicateId(() -> write(() -> store.requests().insert(request.reject("twin", at(2)))));
        assertThat(read(() -> store.requests().findById(request.id()))).contains(request);
    }
}
