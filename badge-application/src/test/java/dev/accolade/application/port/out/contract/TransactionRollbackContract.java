package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.titled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberSession;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Rating;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateRating;
import dev.accolade.domain.testdata.TestData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about rolling back: every insert, update and delete of every repository
 * in a failed unit of work is undone, whatever made it fail.
 */
public abstract class TransactionRollbackContract extends StoreContract {

    /** A failure of the work itself, thrown after all its writes. */
    private static final class WorkFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WorkFailed() {
            super("the work failed");
        }
    }

    private static ApiKey apiKey(Issuer issuer) {
        long id = TestData.nextId();
        return ApiKey.issue(new ApiKeyId(id), issuer.id(), "key", "sk_test_" + id + "_abcdefghijklmnopqrstuvwxyz",
                at(1));
    }

    private static TemplateRating rating(Template template, Member member, double score) {
        return new TemplateRating(template.id(), member.id(), new Rating(score), new Rating(score), at(1));
    }

    @Test
    void every_insert_into_every_repository_is_rolled_back() {
        Issuer issuer = TestData.issuer();
        Member member = TestData.member();
        Category category = TestData.category();
        Template template = TestData.published(issuer.id(),
                TestData.details().categories(List.of(category.id())).build());
        ApiKey key = apiKey(issuer);
        MemberSession session = MemberSession.start("token", member.id(), at(1), Duration.ofHours(1));
        IdentityClaim claim = new IdentityClaim(Identity.member(member.id()), member.id(), at(1));
        Offer offer = TestData.offer(template, Identity.member(member.id()), Optional.of(member.id()), at(1));
        AwardRequest request = TestData.request(template, member.id(), at(1));
        Award award = TestData.award(template, Identity.member(member.id()), Optional.of(member.id()), at(1));
        IdempotencyRecord record = new IdempotencyRecord(issuer.id(), "key", "fingerprint",
                IdempotencyRecord.OutcomeKind.AWARDED, award.id().value(), at(1));

        assertThatThrownBy(() -> write(() -> {
            store.issuers().insert(issuer);
            store.members().insert(member);
            store.categories().insert(category);
            store.templates().insert(template);
            store.apiKeys().insert(key);
            store.sessions().insert(session);
            store.identityClaims().insert(claim);
            store.offers().insert(offer);
            store.requests().insert(request);
            store.awards().insert(award);
            store.ratings().save(rating(template, member, 3.0));
            store.idempotency().insert(record);
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        read(() -> {
            assertThat(store.issuers().findById(issuer.id())).isEmpty();
            assertThat(store.issuers().findBySlug(issuer.slug())).isEmpty();
            assertThat(store.members().findById(member.id())).isEmpty();
            assertThat(store.members().findByEmail(member.email())).isEmpty();
            assertThat(store.categories().count()).isZero();
            assertThat(store.templates().findById(template.id())).isEmpty();
            assertThat(store.templates().findByTitle(issuer.id(), template.details().title())).isEmpty();
            assertThat(store.apiKeys().findById(key.id())).isEmpty();
            assertThat(store.sessions().findByTokenHash(session.tokenHash())).isEmpty();
            assertThat(store.identityClaims().findByIdentity(claim.identity())).isEmpty();
            assertThat(store.offers().findById(offer.id())).isEmpty();
            assertThat(store.requests().findById(request.id())).isEmpty();
            assertThat(store.awards().findById(award.id())).isEmpty();
            assertThat(store.ratings().summarize(List.of(template.id()))).isEmpty();
            assertThat(store.idempotency().find(issuer.id(), "key")).isEmpty();
            return null;
        });
    }

    @Test
    void every_update_and_delete_in_every_repository_is_rolled_back() {
        Issuer issuer = savedIssuer();
        Member member = saved(TestData.unconfirmedMember());
        Member rater = savedMember();
        Category first = savedCategory();
        Category second = saved(TestData.category().at(1));
        Template kept = savedTemplate(issuer.id());
        Template purged = savedTemplate(issuer.id());
        Template deleted = saved(TestData.draft(issuer.id()));
        ApiKey key = apiKey(issuer);
        write(() -> store.apiKeys().insert(key));
        MemberSession session = MemberSession.start("token", rater.id(), at(1), Duration.ofHours(1));
        write(() -> store.sessions().insert(session));
        Offer offer = saved(TestData.offer(kept, Identity.email("x@example.org"), Optional.empty(), at(1)));
        AwardRequest request = saved(TestData.request(kept, rater.id(), at(1)));
        Award award = saved(TestData.award(kept, Identity.member(rater.id()), Optional.of(rater.id()), at(1)));
        Offer purgedOffer = saved(TestData.offer(purged, Identity.email("x@example.org"), Optional.empty(), at(1)));
        AwardRequest purgedRequest = saved(TestData.request(purged, rater.id(), at(1)));
        Award purgedAward = saved(TestData.award(purged, Identity.member(rater.id()), Optional.empty(), at(1)));
        write(() -> store.ratings().save(rating(kept, rater, 1.0)));
        write(() -> store.ratings().save(rating(purged, rater, 2.0)));
        List<Object> before = snapshot(issuer, member, List.of(first, second), List.of(kept, purged, deleted), key,
                session, List.of(offer, purgedOffer), List.of(request, purgedRequest), List.of(award, purgedAward));

        assertThatThrownBy(() -> write(() -> {
            store.members().update(member.confirmWithoutToken(at(2)));
            store.categories().updateAll(List.of(first.at(1), second.at(0)));
            store.templates().update(kept.edit(titled("Renamed"), at(2)));
            store.templates().delete(deleted.id());
            store.apiKeys().update(key.revoke(at(2)));
            store.sessions().delete(session.tokenHash());
            store.offers().update(offer.cancel(at(2)));
            store.requests().update(request.reject("no", at(2)));
            store.awards().update(award.revoke("mistake", at(2)));
            store.ratings().save(rating(kept, rater, 5.0));
            store.awards().deleteByTemplate(purged.id());
            store.offers().deleteByTemplate(purged.id());
            store.requests().deleteByTemplate(purged.id());
            store.ratings().deleteByTemplate(purged.id());
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(snapshot(issuer, member, List.of(first, second), List.of(kept, purged, deleted), key, session,
                List.of(offer, purgedOffer), List.of(request, purgedRequest), List.of(award, purgedAward)))
                .isEqualTo(before);
    }

    private List<Object> snapshot(Issuer issuer, Member member, List<Category> categories, List<Template> templates,
            ApiKey key, MemberSession session, List<Offer> offers, List<AwardRequest> requests, List<Award> awards) {
        return read(() -> List.of(store.issuers().findById(issuer.id()),
                store.members().findById(member.id()),
                store.members().findByConfirmationHash(member.confirmationHash().orElseThrow()),
                store.categories().findChildren(Optional.empty()),
                categories.stream().map(c -> store.categories().findById(c.id())).toList(),
                templates.stream().map(t -> store.templates().findById(t.id())).toList(),
                store.templates().findByTitle(issuer.id(), "Renamed"),
                store.apiKeys().findById(key.id()),
                store.sessions().findByTokenHash(session.tokenHash()),
                offers.stream().map(o -> store.offers().findById(o.id())).toList(),
                requests.stream().map(r -> store.requests().findById(r.id())).toList(),
                awards.stream().map(a -> store.awards().findById(a.id())).toList(),
                store.ratings().summarize(templates.stream().map(Template::id).toList())));
    }

    @Test
    void a_unique_constraint_violation_rolls_back_the_earlier_writes_of_its_transaction() {
        Issuer taken = savedIssuer();
        Member member = TestData.member();
        Template template = TestData.published(taken.id());
        Issuer clash = Issuer.create(new IssuerId(TestData.nextId()), taken.slug(),
                "Clash", Optional.empty(), at(1));

        assertThatThrownBy(() -> write(() -> {
            store.members().insert(member);
            store.templates().insert(template);
            store.issuers().insert(clash);
        })).isInstanceOfSatisfying(UniqueConstraintViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("issuer_slug_taken"));

        assertThat(read(() -> store.members().findById(member.id()))).isEmpty();
        assertThat(read(() -> store.templates().findById(template.id()))).isEmpty();
        assertThat(read(() -> store.issuers().findById(clash.id()))).isEmpty();
        assertThat(read(() -> store.issuers().findById(taken.id()))).contains(taken);
    }

    @Test
    void a_violation_caught_inside_the_transaction_still_lets_the_caller_roll_back_everything() {
        Award first = saved(TestData.award(savedTemplate(savedIssuer().id()), Identity.email("x@example.org")));
        Template template = read(() -> store.templates().findById(first.template())).orElseThrow();
        Award second = TestData.award(template, Identity.email("x@example.org"));
        Issuer issuer = TestData.issuer();

        assertThatThrownBy(() -> write(() -> {
            store.issuers().insert(issuer);
            try {
                store.awards().insert(second);
            } catch (UniqueConstraintViolation violation) {
                throw new WorkFailed();
            }
        })).isInstanceOf(WorkFailed.class);

        assertThat(read(() -> store.issuers().findById(issuer.id()))).isEmpty();
        assertThat(read(() -> store.awards().findById(second.id()))).isEmpty();
        assertThat(read(() -> store.awards().findById(first.id()))).contains(first);
    }
}
