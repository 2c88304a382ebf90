package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.evidence;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.request.RequestQuery;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.request.RequestStatus;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about requests to be awarded: exact round trips, one pending request per
 * member and template, the pending lookup, newest-first pages with filters, and deletion by template.
 */
public abstract class AwardRequestRepositoryContract extends StoreContract {

    private static final Comparator<AwardRequest> NEWEST_FIRST = Comparator.comparing(AwardRequest::createdAt)
            .thenComparingLong((AwardRequest request) -> request.id().value()).reversed();

    private IssuerId issuer;
    private Template template;
    private Member ada;

    @BeforeEach
    void storeIssuerTemplateAndMember() {
        issuer = savedIssuer().id();
        template = savedTemplate(issuer);
        ada = savedMember();
    }

    private static AwardRequest request(Template template, MemberId applicant, Instant at) {
        return TestData.request(template, applicant, at);
    }

    private Optional<AwardRequest> found(AwardRequestId id) {
        return read(() -> store.requests().findById(id));
    }

    @Test
    void a_pending_request_with_a_message_and_evidence_comes_back_equal() {
        AwardRequest request = saved(AwardRequest.apply(new AwardRequestId(TestData.nextId()), template, ada.id(),
                "I baked it.\nTwice — see the photos.", evidence(), plusMicros(at(1), 100_001)));

        assertThat(found(request.id())).contains(request);
    }

    @Test
    void a_pending_request_without_message_or_evidence_comes_back_equal() {
        AwardRequest request = saved(AwardRequest.apply(new AwardRequestId(TestData.nextId()), template, ada.id(),
                null, Evidence.NONE, at(1)));

        assertThat(found(request.id())).contains(request);
        assertThat(request.message()).isEmpty();
    }

    @Test
    void answered_requests_come_back_with_their_answer_and_reason() {
        Template other = savedTemplate(issuer);
        Template third = savedTemplate(issuer);
        AwardRequest accepted = saved(request(template, ada.id(), at(1)).accept(plusMicros(at(2), 2)));
        AwardRequest rejectedWithReason = saved(request(other, ada.id(), at(1))
                .reject("Not enough evidence — try again", plusMicros(at(3), 3)));
        AwardRequest rejectedSilently = saved(request(third, ada.id(), at(1)).reject(null, plusMicros(at(4), 4)));

        assertThat(found(accepted.id())).contains(accepted);
        assertThat(found(rejectedWithReason.id())).contains(rejectedWithReason);
        assertThat(found(rejectedSilently.id())).contains(rejectedSilently);
        assertThat(rejectedSilently.rejectionReason()).isEmpty();
    }

    @Test
    void an_unknown_id_finds_no_request() {
        saved(request(template, ada.id(), at(1)));

        assertThat(found(new AwardRequestId(TestData.nextId()))).isEmpty();
    }

    @Test
    void an_update_replaces_the_stored_request() {
        AwardRequest request = saved(request(template, ada.id(), at(1)));
        AwardRequest rejected = request.reject("no", plusMicros(at(5), 5));

        write(() -> store.requests().update(rejected));

        assertThat(found(request.id())).contains(rejected);
    }

    @Test
    void a_second_pending_request_by_the_member_for_the_template_is_refused_and_changes_nothing() {
        AwardRequest first = saved(request(template, ada.id(), at(1)));
        AwardRequest second = request(template, ada.id(), at(2));

        assertThatThrownBy(() -> write(() -> store.requests().insert(second)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("request_already_pending"));

        assertThat(found(second.id())).isEmpty();
        assertThat(read(() -> store.requests().findPending(template.id(), ada.id()))).contains(first);
    }

    @Test
    void an_answered_request_frees_the_member_for_a_new_pending_one() {
        AwardRequest first = saved(request(template, ada.id(), at(1)));
        write(() -> store.requests().update(first.reject(null, at(2))));

        AwardRequest next = saved(request(template, ada.id(), at(3)));

        assertThat(read(() -> store.requests().findPending(template.id(), ada.id()))).contains(next);
    }

    @Test
    void other_members_and_other_templates_do_not_collide() {
        Member bob = savedMember();
        Template other = savedTemplate(issuer);
        saved(request(template, ada.id(), at(1)));

        AwardRequest bobs = saved(request(template, bob.id(), at(1)));
        AwardRequest otherTemplate = saved(request(other, ada.id(), at(1)));

        assertThat(found(bobs.id())).contains(bobs);
        assertThat(found(otherTemplate.id())).contains(otherTemplate);
    }

    @Test
    void the_pending_request_is_found_by_template_and_applicant_only() {
        Member bob = savedMember();
        Template other = savedTemplate(issuer);
        AwardRequest pending = saved(request(template, ada.id(), at(3)));
        saved(request(other, bob.id(), at(1)).accept(at(2)));

        assertThat(read(() -> store.requests().findPending(template.id(), ada.id()))).contains(pending);
        assertThat(read(() -> store.requests().findPending(template.id(), bob.id()))).isEmpty();
        assertThat(read(() -> store.requests().findPending(other.id(), ada.id()))).isEmpty();
        assertThat(read(() -> store.requests().findPending(other.id(), bob.id()))).isEmpty();
    }

    /**
     * Six requests of two issuers, in every status, by two members, created at times that tie to the
     * microsecond at {@code tie}.
     */
    private List<AwardRequest> sixRequests(IssuerId otherIssuer, Member bob, Instant tie) {
        Template foreign = savedTemplate(otherIssuer);
        Template second = savedTemplate(issuer);
        return List.of(
                saved(request(template, ada.id(), tie)),
                saved(request(template, bob.id(), tie).accept(at(11))),
                saved(request(second, ada.id(), at(20)).reject("no", at(21))),
                saved(request(foreign, ada.id(), tie)),
                saved(request(foreign, bob.id(), at(5))),
                saved(request(second, bob.id(), at(30))));
    }

    @Test
    void requests_are_listed_newest_first_across_pages_with_every_filter() {
        IssuerId otherIssuer = savedIssuer().id();
        Member bob = savedMember();
        List<AwardRequest> requests = sixRequests(otherIssuer, bob, plusMicros(at(10), 10));

        assertRequests(requests, query(Optional.empty(), Optional.empty(), Optional.empty()), 0, 1, 2, 3, 4, 5);
        assertRequests(requests, query(Optional.of(issuer), Optional.empty(), Optional.empty()), 0, 1, 2, 5);
        assertRequests(requests, query(Optional.empty(), Optional.of(ada.id()), Optional.empty()), 0, 2, 3);
        assertRequests(requests, query(Optional.empty(), Optional.empty(), Optional.of(RequestStatus.PENDING)),
                0, 3, 4, 5);
        assertRequests(requests, query(Optional.of(issuer), Optional.of(bob.id()), Optional.of(RequestStatus.PENDING)),
                5);
        assertRequests(requests, query(Optional.of(otherIssuer), Optional.empty(),
                Optional.of(RequestStatus.REJECTED)));
    }

    @Test
    void requests_are_kept_to_a_half_open_window_of_their_creation_to_the_microsecond() {
        Instant tie = plusMicros(at(10), 10);
        List<AwardRequest> requests = sixRequests(savedIssuer().id(), savedMember(), tie);

        assertRequests(requests, created(TimeWindow.between(tie, null)), 0, 1, 2, 3, 5);
        assertRequests(requests, created(TimeWindow.between(plusMicros(tie, 1), null)), 2, 5);
        assertRequests(requests, created(TimeWindow.between(null, tie)), 4);
        assertRequests(requests, created(TimeWindow.between(null, plusMicros(tie, 1))), 0, 1, 3, 4);
        assertRequests(requests, created(TimeWindow.between(tie, at(30))), 0, 1, 2, 3);
        assertRequests(requests, created(TimeWindow.between(tie, tie)));
        assertRequests(requests, new RequestQuery(Optional.of(issuer), Optional.of(ada.id()), Optional.empty(),
                TimeWindow.between(at(5), at(30))), 0, 2);
    }

    private static RequestQuery query(Optional<IssuerId> issuer, Optional<MemberId> applicant,
            Optional<RequestStatus> status) {
        return new RequestQuery(issuer, applicant, status, TimeWindow.ALWAYS);
    }

    private static RequestQuery created(TimeWindow window) {
        return new RequestQuery(Optional.empty(), Optional.empty(), Optional.empty(), window);
    }

    private void assertRequests(List<AwardRequest> requests, RequestQuery query, int... picked) {
        List<AwardRequest> expected = Arrays.stream(picked).mapToObj(requests::get).sorted(NEWEST_FIRST).toList();
        assertPages(page -> store.requests().find(query, page), expected);
    }

    @Test
    void deleting_a_templates_requests_leaves_the_other_templates_requests() {
        Template other = savedTemplate(issuer);
        Member bob = savedMember();
        AwardRequest gone = saved(request(template, ada.id(), at(1)));
        AwardRequest goneAnswered = saved(request(template, bob.id(), at(1)).accept(at(2)));
        AwardRequest kept = saved(request(other, ada.id(), at(1)));

        write(() -> store.requests().deleteByTemplate(template.id()));

        assertThat(found(gone.id())).isEmpty();
        assertThat(found(goneAnswered.id())).isEmpty();
        assertThat(found(kept.id())).contains(kept);
        assertThat(read(() -> store.requests().findPending(template.id(), ada.id()))).isEmpty();
    }
}
