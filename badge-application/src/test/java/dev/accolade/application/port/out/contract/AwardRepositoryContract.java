package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.award;
import static dev.accolade.application.port.out.contract.ContractData.awardFrom;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about awards, listing and statistics aside: exact round trips of every
 * source and optional part, one live award per recipient of a non-repeatable template, the active and
 * undelivered lookups, and deletion by template.
 */
public abstract class AwardRepositoryContract extends StoreContract {

    private Issuer issuer;
    private Template single;
    private Template repeatable;
    private Member ada;

    @BeforeEach
    void storeIssuerTemplatesAndMember() {
        issuer = savedIssuer();
        single = savedTemplate(issuer.id());
        repeatable = savedRepeatableTemplate(issuer.id());
        ada = savedMember();
    }

    private Optional<Award> found(AwardId id) {
        return read(() -> store.awards().findById(id));
    }

    private static void assertAwardAlreadyExists(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UniqueConstraintViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("award_already_exists"));
    }

    @Test
    void an_award_hidden_from_its_profile_reads_as_hidden_until_shown_again_and_stays_equal() {
        Award hidden = saved(award(repeatable, Identity.member(ada.id()), plusMicros(at(1), 1)));
        Award shown = saved(award(repeatable, Identity.member(ada.id()), plusMicros(at(2), 2)));

        write(() -> store.awards().hideFromProfile(hidden.id(), true));
        Set<AwardId> whileHidden = read(() -> store.awards().hiddenFromProfile(List.of(hidden.id(), shown.id())));
        write(() -> store.awards().hideFromProfile(hidden.id(), false));
        Set<AwardId> afterwards = read(() -> store.awards().hiddenFromProfile(List.of(hidden.id(), shown.id())));

        assertThat(whileHidden).containsExactly(hidden.id());
        assertThat(afterwards).isEmpty();
        assertThat(found(hidden.id())).contains(hidden);
        assertThat(read(() -> store.awards().hiddenFromProfile(List.of()))).isEmpty();
    }

    @Test
    void a_direct_award_with_no_optional_part_comes_back_equal() {
        Award award = saved(award(single, Identity.email("x@example.org"), plusMicros(at(1), 1)));

        assertThat(found(award.id())).contains(award);
        assertThat(award.source()).isEqualTo(new AwardSource.Direct());
    }

    @Test
    void an_award_with_every_optional_part_comes_back_equal() {
        Award award = saved(ContractData.awardWithEverything(single, Identity.member(ada.id()), ada.id()));

        assertThat(found(award.id())).contains(award);
        assertThat(award.holder()).isPresent();
        assertThat(award.expiresAt()).isPresent();
        assertThat(award.viewedAt()).isPresent();
        assertThat(award.revocation()).isPresent();
    }

    @Test
    void an_award_without_a_recipient_name_comes_back_without_one() {
        Award award = saved(award(repeatable, Identity.email("x@example.org"), at(1)));

        assertThat(found(award.id())).hasValueSatisfying(read -> assertThat(read.recipientName()).isEmpty());
    }

    @Test
    void recipient_names_come_back_exactly_after_an_insert_and_an_update() {
        for (RecipientName name : ContractData.recipientNames()) {
            Award award = saved(Award.grant(new AwardId(TestData.nextId()), new Grant(AwardTerms.of(repeatable),
                    Identity.email("x@example.org"), Optional.of(name), Optional.empty(), Evidence.NONE,
                    Optional.empty()), new AwardSource.Direct(), at(1), TestData.credential()));
            assertThat(found(award.id())).as("inserted %s", name).contains(award);

            Award revoked = award.revoke("Given twice", at(2));
            write(() -> store.awards().update(revoked));
            assertThat(found(award.id())).as("updated %s", name).contains(revoked);
        }
    }

    @Test
    void an_award_from_an_accepted_offer_comes_back_with_its_offer() {
        Offer offer = saved(TestData.offer(single, Identity.member(ada.id()), Optional.of(ada.id()), at(1))
                .accept(ada.id(), at(2)));
        Award award = saved(awardFrom(single, Identity.member(ada.id()), new AwardSource.FromOffer(offer.id()),
                at(2)));

        assertThat(found(award.id())).contains(award);
    }

    @Test
    void an_award_from_an_accepted_request_comes_back_with_its_request() {
        AwardRequest request = saved(TestData.request(single, ada.id(), at(1)).accept(at(2)));
        Award award = saved(awardFrom(single, Identity.member(ada.id()), new AwardSource.FromRequest(request.id()),
                at(2)));

        assertThat(found(award.id())).contains(award);
    }

    @Test
    void an_award_from_a_log_line_keeps_the_line_exactly() {
        LogLine line = new LogLine("  [12:01:02] [Server thread/INFO]: Steve has made the advancement "
                + "[Diamonds!]\t“quoted” \\ 'single' %_ ;   ");
        Award award = saved(awardFrom(single, Identity.handle("minecraft:survival", "Steve"),
                new AwardSource.FromLogLine(line), at(1)));

        Award loaded = found(award.id()).orElseThrow();

        assertThat(loaded).isEqualTo(award);
        assertThat(((AwardSource.FromLogLine) loaded.source()).line().text()).isEqualTo(line.text());
    }

    @Test
    void the_longest_log_line_is_kept_whole() {
        LogLine line = new LogLine("é".repeat(LogLine.MAX_LENGTH));
        Award award = saved(awardFrom(single, Identity.handle("minecraft:survival", "Steve"),
                new AwardSource.FromLogLine(line), at(1)));

        assertThat(found(award.id())).contains(award);
    }

    @Test
    void an_award_from_a_rule_comes_back_with_the_rules_name() {
        Award award = saved(awardFrom(single, Identity.email("x@example.org"),
                new AwardSource.FromRule("10 bakes — weekly"), at(1)));

        assertThat(found(award.id())).contains(award);
    }

    @Test
    void an_award_to_every_kind_of_identity_comes_back_equal() {
        for (Identity recipient : List.of(Identity.member(ada.id()), Identity.email("Mixed.Case@Example.org"),
                Identity.handle("userbadges:topchefs", "Daniel"))) {
            Award award = saved(award(repeatable, recipient, at(1)));

            assertThat(found(award.id())).contains(award);
        }
    }

    @Test
    void an_unknown_id_finds_no_award() {
        saved(award(single, Identity.member(ada.id()), at(1)));

        assertThat(found(new AwardId(TestData.nextId()))).isEmpty();
    }

    @Test
    void an_update_replaces_the_stored_award() {
        Award award = saved(award(single, Identity.email(ada.email().value()), at(1)));
        Award delivered = award.deliverTo(ada.id());
        Award viewed = delivered.markViewed(plusMicros(at(2), 2));
        Award revoked = viewed.revoke("mistake", plusMicros(at(3), 3));

        for (Award next : List.of(delivered, viewed, revoked)) {
            write(() -> store.awards().update(next));

            assertThat(found(award.id())).contains(next);
        }
    }

    @Test
    void a_second_live_award_of_a_non_repeatable_template_to_the_same_recipient_is_refused_and_changes_nothing() {
        Award first = saved(award(single, Identity.member(ada.id()), at(1)));
        Award second = award(single, Identity.member(ada.id()), at(2));

        assertAwardAlreadyExists(() -> write(() -> store.awards().insert(second)));

        assertThat(found(second.id())).isEmpty();
        assertThat(found(first.id())).contains(first);
    }

    @Test
    void a_revoked_award_frees_the_recipient_for_a_new_one() {
        Award first = saved(award(single, Identity.member(ada.id()), at(1)));
        write(() -> store.awards().update(first.revoke("mistake", at(2))));

        Award second = saved(award(single, Identity.member(ada.id()), at(3)));

        assertThat(found(second.id())).contains(second);
    }

    @Test
    void an_award_stored_revoked_does_not_hold_the_recipient() {
        saved(award(single, Identity.member(ada.id()), at(1)).revoke("mistake", at(2)));
        saved(award(single, Identity.member(ada.id()), at(3)).revoke("again", at(4)));

        Award live = saved(award(single, Identity.member(ada.id()), at(5)));

        assertThat(found(live.id())).contains(live);
    }

    @Test
    void a_repeatable_template_may_be_awarded_to_one_recipient_many_times() {
        Award first = saved(award(repeatable, Identity.member(ada.id()), at(1)));
        Award second = saved(award(repeatable, Identity.member(ada.id()), at(1)));

        assertThat(found(first.id())).contains(first);
        assertThat(found(second.id())).contains(second);
    }

    @Test
    void other_recipients_and_other_templates_do_not_collide() {
        Template otherSingle = savedTemplate(issuer.id());
        saved(award(single, Identity.handle("minecraft:s", "steve"), at(1)));

        List<Award> others = List.of(saved(award(single, Identity.handle("minecraft:s", "Steve"), at(1))),
                saved(award(single, Identity.handle("minecraft:t", "steve"), at(1))),
                saved(award(single, Identity.email("steve@example.org"), at(1))),
                saved(award(otherSingle, Identity.handle("minecraft:s", "steve"), at(1))));

        assertThat(others).allSatisfy(award -> assertThat(found(award.id())).contains(award));
    }

    @Test
    void the_active_award_is_found_by_its_recipient_identity() {
        Award award = saved(award(single, Identity.email("x@example.org"), at(1)));

        assertThat(read(() -> store.awards().findActive(single.id(), Identity.email("X@Example.org"),
                Optional.empty()))).contains(award);
    }

    @Test
    void the_active_award_is_found_by_the_member_holding_it_under_another_identity() {
        Award award = saved(TestData.award(single, Identity.email(ada.email().value()), Optional.of(ada.id()),
                at(1)));

        assertThat(read(() -> store.awards().findActive(single.id(), Identity.member(ada.id()),
                Optional.of(ada.id())))).contains(award);
        assertThat(read(() -> store.awards().findActive(single.id(), Identity.member(ada.id()),
                Optional.empty()))).isEmpty();
    }

    @Test
    void revoked_awards_are_never_active() {
        saved(award(single, Identity.member(ada.id()), at(1)).revoke("mistake", at(2)));
        saved(TestData.award(repeatable, Identity.email("x@example.org"), Optional.of(ada.id()), at(1))
                .revoke("mistake", at(2)));

        assertThat(read(() -> store.awards().findActive(single.id(), Identity.member(ada.id()),
                Optional.of(ada.id())))).isEmpty();
        assertThat(read(() -> store.awards().findActive(repeatable.id(), Identity.member(ada.id()),
                Optional.of(ada.id())))).isEmpty();
    }

    @Test
    void the_oldest_live_award_is_the_active_one_when_there_are_several() {
        Identity recipient = Identity.member(ada.id());
        saved(award(repeatable, recipient, at(30)));
        Award tiedFirst = saved(award(repeatable, recipient, at(10)));
        Award tiedSecond = saved(award(repeatable, recipient, at(10)));
        saved(award(repeatable, recipient, at(5)).revoke("mistake", at(6)));
        Award oldest = tiedFirst.id().value() < tiedSecond.id().value() ? tiedFirst : tiedSecond;

        assertThat(read(() -> store.awards().findActive(repeatable.id(), recipient, Optional.of(ada.id()))))
                .contains(oldest);
    }

    @Test
    void awards_of_other_templates_or_to_other_recipients_are_not_active() {
        Member bob = savedMember();
        saved(award(single, Identity.member(bob.id()), at(1)));
        saved(TestData.award(repeatable, Identity.member(bob.id()), Optional.of(bob.id()), at(1)));
        saved(award(repeatable, Identity.member(ada.id()), at(1)));

        assertThat(read(() -> store.awards().findActive(single.id(), Identity.member(ada.id()),
                Optional.of(ada.id())))).isEmpty();
    }

    @Test
    void a_templates_recipients_are_walked_in_code_point_order_each_once_live_awards_only() {
        Template other = savedRepeatableTemplate(issuer.id());
        for (String key : List.of("handle:forum/b", "handle:forum/_c", "handle:forum/b", "handle:forum/B",
                "email:z@example.org")) {
            saved(award(repeatable, Identity.parse(key), at(1)));
        }
        saved(award(repeatable, Identity.parse("handle:forum/r"), at(1)).revoke("mistake", at(2)));
        saved(award(other, Identity.parse("handle:forum/o"), at(1)));

        List<Identity> first = read(() -> store.awards().recipients(repeatable.id(), Optional.empty(), 2));
        List<Identity> rest = read(() -> store.awards().recipients(repeatable.id(),
                Optional.of(first.get(1).key()), 10));

        assertThat(first).extracting(Identity::key).containsExactly("email:z@example.org", "handle:forum/B");
        assertThat(rest).extracting(Identity::key).containsExactly("handle:forum/_c", "handle:forum/b");
        assertThat(read(() -> store.awards().recipients(repeatable.id(), Optional.of("handle:forum/b"), 10)))
                .isEmpty();
    }

    @Test
    void undelivered_awards_are_those_to_the_given_identities_that_reached_no_member_yet() {
        Member bob = savedMember();
        Award toEmail = saved(award(single, Identity.email("x@example.org"), at(1)));
        Award toHandle = saved(award(repeatable, Identity.handle("minecraft:s", "steve"), at(2)));
        Award revokedToHandle = saved(award(repeatable, Identity.handle("minecraft:s", "steve"), at(3))
                .revoke("mistake", at(4)));
        saved(TestData.award(repeatable, Identity.email("x@example.org"), Optional.of(bob.id()), at(1)));
        saved(award(repeatable, Identity.email("y@example.org"), at(1)));

        assertThat(read(() -> store.awards().findUndelivered(List.of(Identity.email("x@example.org"),
                Identity.handle("minecraft:s", "steve"), Identity.member(ada.id())))))
                .containsExactlyInAnyOrder(toEmail, toHandle, revokedToHandle);
    }

    @Test
    void no_identities_have_no_undelivered_awards() {
        saved(award(single, Identity.email("x@example.org"), at(1)));

        assertThat(read(() -> store.awards().findUndelivered(List.of()))).isEmpty();
    }

    @Test
    void deleting_a_templates_awards_leaves_the_other_templates_awards_and_frees_the_recipients() {
        Award gone = saved(award(single, Identity.member(ada.id()), at(1)));
        Award goneRevoked = saved(award(single, Identity.email("x@example.org"), at(1)).revoke("mistake", at(2)));
        Award kept = saved(award(repeatable, Identity.member(ada.id()), at(1)));

        write(() -> store.awards().deleteByTemplate(single.id()));

        assertThat(found(gone.id())).isEmpty();
        assertThat(found(goneRevoked.id())).isEmpty();
        assertThat(found(kept.id())).contains(kept);
        Award again = saved(award(single, Identity.member(ada.id()), at(3)));
        assertThat(found(again.id())).contains(again);
    }
}
