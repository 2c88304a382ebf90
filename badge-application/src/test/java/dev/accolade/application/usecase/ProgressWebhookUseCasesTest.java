package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.webhook.CreatedWebhook;
import dev.accolade.application.webhook.RegisterWebhookCommand;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.webhook.WebhookEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code progress.updated} webhook: an event that changes a subject's progress on a rule template it was not
 * yet awarded writes a delivery to each subscribed endpoint in the event's unit of work, coalesced into the one
 * still waiting for that endpoint, template and subject; nothing for endpoints that do not subscribe, for a
 * template once awarded, or for a late event outside the days a window counts; and an award that a composite rule
 * counts without completing tells the composite's progress (templates held of those needed) the same way.
 */
public abstract class ProgressWebhookUseCasesTest extends UseCaseTest {

    private static final String URL = "https://receiver.example/hooks";
    private static final String STEVE = "handle:forum/steve";

    private Issuer forum;

    @BeforeEach
    void anIssuer() {
        forum = issuer("forum");
    }

    private CreatedWebhook register(String... events) {
        return accolade.webhooks().registerWebhook(new RegisterWebhookCommand(as(forum), forum.id(), URL,
                List.of(events)));
    }

    private void record(EventInput... events) {
        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), List.of(events)));
    }

    private static EventInput comment(String id) {
        return new EventInput(id, STEVE, "comments", null, null);
    }

    private List<Delivery> deliveries(CreatedWebhook webhook, WebhookEvent event) {
        return store.transactions().readOnly(() -> store.deliveries().findByEndpoint(webhook.endpoint().id(),
                PageRequest.first(100)).items()).stream()
                .filter(delivery -> ((DeliverySource.Webhook) delivery.source()).event() == event).toList();
    }

    private Template chatty(long atLeast) {
        return published(forum, input("Chatty", false, false).withRule(RuleInput.threshold("comments", atLeast)));
    }

    /** The body without its {@code occurred_at} (the time of the change, which the test clock ticks past). */
    private static String withoutTime(Delivery delivery) {
        return delivery.body().replaceFirst("\"occurred_at\":\"[^\"]+\",", "");
    }

    private String expectedBody(Template template, long current, long target, long percentage) {
        return "{\"event\":\"progress.updated\",\"issuer_id\":" + forum.id().value() + ",\"data\":{\"template_id\":" + template.id().value() + ",\"subject\":\""
                + STEVE + "\",\"current\":" + current + ",\"target\":" + target + ",\"percentage\":" + percentage
                + "}}";
    }

    @Test
    void a_subscriber_is_told_the_progress_and_a_newer_change_replaces_the_delivery_still_waiting() {
        Template chatty = chatty(4);
        CreatedWebhook webhook = register("progress.updated");

        record(comment("c1"));
        List<Delivery> first = deliveries(webhook, WebhookEvent.PROGRESS_UPDATED);
        assertThat(first).hasSize(1);
        assertThat(withoutTime(first.get(0))).isEqualTo(expectedBody(chatty, 1, 4, 25));

        record(comment("c2"));
        List<Delivery> coalesced = deliveries(webhook, WebhookEvent.PROGRESS_UPDATED);
        assertThat(coalesced).extracting(Delivery::id).containsExactly(first.get(0).id());
        assertThat(withoutTime(coalesced.get(0))).isEqualTo(expectedBody(chatty, 2, 4, 50));

        store.transactions().inTransaction(() -> store.deliveries().claimDue(clock.peek(),
                clock.peek().plusSeconds(300), 10));
        record(comment("c3"));
        List<Delivery> afterClaim = deliveries(webhook, WebhookEvent.PROGRESS_UPDATED);
        assertThat(afterClaim).hasSize(2);
        assertThat(withoutTime(afterClaim.get(0))).isEqualTo(expectedBody(chatty, 3, 4, 75));
        assertThat(withoutTime(afterClaim.get(1))).isEqualTo(expectedBody(chatty, 2, 4, 50));
    }

    @Test
    void the_event_that_meets_the_rule_is_an_award_and_a_held_template_tells_no_more_progress() {
        chatty(2);
        CreatedWebhook webhook = register("progress.updated", "award.granted");

        record(comment("c1"));
        record(comment("c2"));
        record(comment("c3"));

        assertThat(deliveries(webhook, WebhookEvent.PROGRESS_UPDATED)).hasSize(1);
        assertThat(deliveries(webhook, WebhookEvent.AWARD_GRANTED)).hasSize(1);
    }

    @Test
    void an_endpoint_that_does_not_subscribe_is_told_nothing_and_neither_is_another_issuers() {
        chatty(5);
        CreatedWebhook awardsOnly = register("award.granted");
        Issuer other = issuer("other");
        CreatedWebhook others = accolade.webhooks().registerWebhook(new RegisterWebhookCommand(as(other), other.id(),
                URL, List.of("progress.updated")));

        record(comment("c1"));

        assertThat(deliveries(awardsOnly, WebhookEvent.PROGRESS_UPDATED)).isEmpty();
        assertThat(store.transactions().readOnly(() -> store.deliveries().findByEndpoint(others.endpoint().id(),
                PageRequest.first(10)).items())).isEmpty();
    }

    @Test
    void a_late_event_outside_the_window_counted_today_tells_nothing() {
        published(forum, input("Busy week", false, false).withRule(RuleInput.threshold("comments", 10, 7)));
        CreatedWebhook webhook = register("progress.updated");

        record(new EventInput("old", STEVE, "comments", null, clock.peek().minus(Duration.ofDays(30))));
        assertThat(deliveries(webhook, WebhookEvent.PROGRESS_UPDATED)).isEmpty();

        record(comment("today"));
        assertThat(deliveries(webhook, WebhookEvent.PROGRESS_UPDATED)).singleElement()
                .satisfies(delivery -> assertThat(delivery.body()).contains("\"current\":1,\"target\":10"));
    }

    @Test
    void an_award_a_composite_counts_tells_its_progress_until_the_composite_is_awarded() {
        Template first = published(forum, "First");
        Template second = published(forum, "Second");
        Template third = published(forum, "Third");
        Template all = published(forum, input("All three", false, false).withRule(RuleInput.allOf(List.of(
                first.id().value(), second.id().value(), third.id().value()))));
        CreatedWebhook webhook = register("progress.updated", "award.granted");

        accolade.awards().award(AwardCommand.of(as(forum), first.id(), Identity.parse(STEVE)));
        assertThat(deliveries(webhook, WebhookEvent.PROGRESS_UPDATED)).singleElement()
                .satisfies(delivery -> assertThat(withoutTime(delivery)).isEqualTo(expectedBody(all, 1, 3, 33)));

        accolade.awards().award(AwardCommand.of(as(forum), second.id(), Identity.parse(STEVE)));
        assertThat(deliveries(webhook, WebhookEvent.PROGRESS_UPDATED)).singleElement()
                .satisfies(delivery -> assertThat(withoutTime(delivery)).isEqualTo(expectedBody(all, 2, 3, 66)));

        accolade.awards().award(AwardCommand.of(as(forum), third.id(), Identity.parse(STEVE)));
        assertThat(deliveries(webhook, WebhookEvent.PROGRESS_UPDATED)).singleElement()
                .satisfies(delivery -> assertThat(withoutTime(delivery)).isEqualTo(expectedBody(all, 2, 3, 66)));
        assertThat(deliveries(webhook, WebhookEvent.AWARD_GRANTED)).hasSize(4)
                .anySatisfy(delivery -> assertThat(delivery.body()).contains("\"template_id\":" + all.id().value()));
    }

    @Test
    void composite_progress_is_computed_for_subscribers_only() {
        Template first = published(forum, "First");
        Template second = published(forum, "Second");
        published(forum, input("Both", false, false).withRule(RuleInput.allOf(List.of(first.id().value(),
                second.id().value()))));
        CreatedWebhook awardsOnly = register("award.granted");

        accolade.awards().award(AwardCommand.of(as(forum), first.id(), Identity.parse(STEVE)));

        assertThat(deliveries(awardsOnly, WebhookEvent.PROGRESS_UPDATED)).isEmpty();
        assertThat(deliveries(awardsOnly, WebhookEvent.AWARD_GRANTED)).hasSize(1);
    }
}
