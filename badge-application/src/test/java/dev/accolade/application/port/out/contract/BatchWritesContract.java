package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.award;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.Ids;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.gameserver.LoggedAchievement;
import dev.accolade.domain.gameserver.ServerKey;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.logline.Announcement;
import dev.accolade.domain.logline.AnnouncementKind;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.logline.PlayerName;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.score.Standing;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about the operations that read and write many rows at once for a bulk award or a
 * batch of log lines: the same rows and answers as the one-row operations give one after the other.
 */
public abstract class BatchWritesContract extends StoreContract {

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

    @Test
    void ids_drawn_together_are_fresh_distinct_and_never_drawn_again() {
        List<Long> together = inTransaction(() -> store.ids().nextIds(500));
        long after = inTransaction(() -> store.ids().nextId());

        assertThat(together).hasSize(500).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isPositive().isLessThan(Ids.LIMIT)).doesNotContain(after);
        assertThat(inTransaction(() -> store.ids().nextIds(0))).isEmpty();
    }

    @Test
    void awards_inserted_together_come_back_equal() {
        List<Award> awards = List.of(award(repeatable, Identity.email("a@example.org"), at(1)),
                award(repeatable, Identity.email("a@example.org"), at(2)),
                ContractData.awardWithEverything(single, Identity.member(ada.id()), ada.id()));

        write(() -> store.awards().insertAll(awards));

        assertThat(awards).allSatisfy(award -> assertThat(read(() -> store.awards().findById(award.id())))
                .contains(award));
        write(() -> store.awards().insertAll(List.of()));
    }

    @Test
    void a_batch_giving_a_non_repeatable_template_twice_to_one_recipient_is_refused_whole() {
        Award first = award(single, Identity.email("b@example.org"), at(1));
        Award twice = award(single, Identity.email("b@example.org"), at(2));

        assertThatThrownBy(() -> write(() -> store.awards().insertAll(List.of(first, twice))))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("award_already_exists"));
        assertThat(read(() -> store.awards().findById(first.id()))).isEmpty();
    }

    @Test
    void the_live_awards_among_templates_recipients_and_holders_are_found_oldest_first() {
        Template elsewhere = savedTemplate(issuer.id());
        Award toX = saved(award(single, Identity.email("x@example.org"), at(20)));
        Award heldByAda = saved(TestData.award(repeatable, Identity.email("ada@elsewhere.org"), Optional.of(ada.id()),
                at(10)));
        saved(award(single, Identity.email("y@example.org"), at(5)).revoke("mistake", at(6)));
        saved(award(elsewhere, Identity.email("x@example.org"), at(1)));
        saved(award(single, Identity.email("z@example.org"), at(1)));

        List<Award> found = read(() -> store.awards().findActiveAmong(List.of(
                grant(single, Identity.email("X@Example.org")), grant(single, Identity.email("y@example.org")),
                grant(repeatable, Identity.member(ada.id())).heldBy(Optional.of(ada.id())))));

        assertThat(found).containsExactly(heldByAda, toX);
        assertThat(read(() -> store.awards().findActiveAmong(List.of(grant(single, Identity.email(
                "x@example.org")))))).containsExactly(toX);
        assertThat(read(() -> store.awards().findActiveAmong(List.of(grant(repeatable, Identity.email(
                "x@example.org")), grant(single, Identity.member(ada.id())).heldBy(Optional.of(ada.id()))))))
                .isEmpty();
        assertThat(read(() -> store.awards().findActiveAmong(List.of()))).isEmpty();
    }

    private static Grant grant(Template template, Identity recipient) {
        return Grant.of(AwardTerms.of(template), recipient);
    }

    @Test
    void the_claims_on_many_identities_are_found_together() {
        Member bob = savedMember();
        IdentityClaim adas = new IdentityClaim(Identity.email("ada@claimed.org"), ada.id(), at(1));
        IdentityClaim bobs = new IdentityClaim(Identity.handle("forum", "bob"), bob.id(), at(2));
        write(() -> {
            store.identityClaims().insert(adas);
            store.identityClaims().insert(bobs);
        });

        assertThat(read(() -> store.identityClaims().findByIdentities(List.of(Identity.email("Ada@Claimed.org"),
                Identity.handle("forum", "bob"), Identity.email("nobody@claimed.org"))))).containsExactlyInAnyOrder(
                        adas, bobs);
        assertThat(read(() -> store.identityClaims().findByIdentities(List.of()))).isEmpty();
    }

    @Test
    void the_slots_taken_among_many_are_those_the_issuers_awards_hold() {
        Award award = saved(award(single, Identity.email("c@example.org"), at(1)));
        StatusSlot slot = award.credential().status();
        StatusSlot free = new StatusSlot(slot.list() + 1, slot.index());
        StatusSlot besides = new StatusSlot(slot.list(), (slot.index() + 1) % StatusSlot.LIST_SIZE);

        assertThat(read(() -> store.awardCredentials().takenSlots(issuer.id(), List.of(slot, free, besides))))
                .containsExactly(slot);
        IssuerId other = savedIssuer().id();
        assertThat(read(() -> store.awardCredentials().takenSlots(other, List.of(slot)))).isEmpty();
        assertThat(read(() -> store.awardCredentials().takenSlots(issuer.id(), List.of()))).isEmpty();
    }

    @Test
    void deliveries_inserted_together_come_back_equal() {
        WebhookEndpoint endpoint = savedEndpoint();
        List<Delivery> deliveries = List.of(Delivery.pending(TestData.nextId(), new DeliverySource.Webhook(
                endpoint.id(), WebhookEvent.AWARD_GRANTED), endpoint.url(), "{\"n\":1}", at(1)),
                Delivery.pending(TestData.nextId(), new DeliverySource.Callback(new OfferId(TestData.nextId())),
                        endpoint.url(), "{\"n\":2}", at(2)));

        write(() -> store.deliveries().insertAll(deliveries));

        assertThat(deliveries).allSatisfy(delivery -> assertThat(read(() -> store.deliveries()
                .findById(delivery.id()))).contains(delivery));
    }

    @Test
    void logged_achievements_inserted_together_are_found_by_their_lines() {
        GameServer server = GameServer.create(new GameServerId(TestData.nextId()), issuer.id(), "Survival",
                new ServerKey("server" + TestData.nextId()), ZoneId.of("UTC"), at(0));
        write(() -> store.gameServers().insert(server));
        List<LoggedAchievement> logged = new ArrayList<>();
        for (String player : List.of("Steve", "Alex")) {
            LogLine line = new LogLine("[10:00:00] [Server thread/INFO]: " + player + " has made the advancement"
                    + " [Stone Age] #" + TestData.nextId());
            Award award = saved(ContractData.awardFrom(repeatable, server.player(new PlayerName(player)),
                    new AwardSource.FromLogLine(line), at(1)));
            logged.add(new LoggedAchievement(award.id(), server.id(), new Announcement(new PlayerName(player),
                    AnnouncementKind.ADVANCEMENT, "Stone Age"), at(1), line, at(2)));
        }

        write(() -> store.loggedAchievements().insertAll(logged));

        assertThat(read(() -> store.loggedAchievements().containedLines(server.id(), List.of(
                logged.get(0).fingerprint(), logged.get(1).fingerprint(), "not-read"))))
                .containsExactlyInAnyOrder(logged.get(0).fingerprint(), logged.get(1).fingerprint());
        assertThat(read(() -> store.loggedAchievements().findByAward(server.id(), logged.get(1).award())))
                .contains(logged.get(1));
        assertThat(read(() -> store.loggedAchievements().containedLines(server.id(), List.of()))).isEmpty();
    }

    @Test
    void scores_counted_together_equal_scores_counted_one_by_one() {
        IssuerId oneByOne = issuer.id();
        IssuerId together = savedIssuer().id();
        List<Identity> subjects = List.of(Identity.handle("forum", "steve"), Identity.handle("forum", "alex"),
                Identity.email("robin@example.org"), Identity.handle("forum", "steve"));
        List<Long> points = List.of(50L, 20L, 0L, 30L);
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        write(() -> store.scores().count(counted(900_001, oneByOne, new TemplateId(701), subjects.get(1), 40), t));
        write(() -> store.scores().count(counted(900_002, together, new TemplateId(702), subjects.get(1), 40), t));
        List<CountedAward> batch = new ArrayList<>();
        write(() -> {
            for (int i = 0; i < subjects.size(); i++) {
                store.scores().enrol(oneByOne, subjects.get(i));
                store.scores().count(counted(900_010 + i, oneByOne, new TemplateId(701), subjects.get(i),
                        points.get(i)), t.plusSeconds(5));
                batch.add(counted(900_020 + i, together, new TemplateId(702), subjects.get(i), points.get(i)));
            }
        });

        int enrolled = inTransaction(() -> store.scores().enrolAll(together, subjects));
        write(() -> store.scores().countAll(batch, t.plusSeconds(5)));
        write(() -> store.scores().countAll(batch, t.plusSeconds(9)));

        assertThat(enrolled).isEqualTo(3);
        assertThat(inTransaction(() -> store.scores().enrolAll(together, subjects))).isZero();
        assertThat(read(() -> store.scores().subjectCount(together)))
                .isEqualTo(read(() -> store.scores().subjectCount(oneByOne)));
        assertThat(read(() -> store.scores().holderCounts(List.of(new TemplateId(701), new TemplateId(702)))))
                .containsEntry(new TemplateId(701), 3L).containsEntry(new TemplateId(702), 3L);
        for (String period : List.of("all", "d2026-03-01")) {
            assertThat(standings(together, period)).as(period).isEqualTo(standings(oneByOne, period));
        }
        Standing steve = read(() -> store.scores().standing(together, "all", subjects.get(0))).orElseThrow();
        assertThat(steve.points()).isEqualTo(80);
        assertThat(inTransaction(() -> store.scores().uncount(new AwardId(900_023), t.plusSeconds(20)))).isPresent();
    }

    private static CountedAward counted(long award, IssuerId issuer, TemplateId template, Identity subject,
            long points) {
        return new CountedAward(new AwardId(award), issuer, template, subject, points, List.of("all", "d2026-03-01"));
    }

    private List<String> standings(IssuerId of, String period) {
        return read(() -> store.scores().ranking(of, period, Optional.empty(), 10)).stream()
                .map(standing -> standing.subject().key() + " " + standing.points() + " #" + standing.rank() + " "
                        + standing.reachedAt() + " " + read(() -> store.scores().above(of, period, standing, 5))
                        .size())
                .toList();
    }
}
