package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.request.FindRequestsQuery;
import dev.accolade.application.request.RejectRequestCommand;
import dev.accolade.application.request.RequestAwardCommand;
import dev.accolade.application.request.RequestReference;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.RequestAnswered;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.RequestStatus;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members applying to be awarded, and issuers answering. */
public abstract class RequestUseCasesTest extends UseCaseTest {

    private Issuer demo;
    private Template chef;
    private Member ann;

    @BeforeEach
    void aTemplateAndAMember() {
        demo = issuer("demo");
        chef = published(demo, "Chef");
        ann = member("ann@example.org");
    }

    private AwardRequest apply(Member member, Template template) {
        return accolade.requests().requestAward(new RequestAwardCommand(as(member), template.id(),
                "I cooked 25 recipes",
                new EvidenceInput(null, List.of("https://example.org/proof"))));
    }

    @Test
    void an_accepted_request_makes_the_award_for_the_applicant() {
        AwardRequest request = apply(ann, chef);

        AwardOutcome outcome = accolade.requests().acceptRequest(new RequestReference(as(demo), request.id()));

        Award award = ((AwardOutcome.Awarded) outcome).award();
        assertThat(award.source()).isEqualTo(new AwardSource.FromRequest(request.id()));
        assertThat(award.recipient()).isEqualTo(Identity.member(ann.id()));
        assertThat(award.evidence().links()).hasSize(1);
        assertThat(accolade.requests().getRequest(new RequestReference(as(ann), request.id())).status())
                .isEqualTo(RequestStatus.ACCEPTED);
        assertThat(delivered(RequestAnswered.class)).hasSize(1);
    }

    @Test
    void a_request_is_answered_once() {
        AwardRequest request = apply(ann, chef);
        AwardRequest rejected = accolade.requests().rejectRequest(new RejectRequestCommand(as(demo), request.id(),
                "No proof"));

        assertThat(rejected.rejectionReason()).contains("No proof");
        assertRefusedWithoutChange(() -> accolade.requests().acceptRequest(new RequestReference(as(demo),
                request.id())),
                "request_already_answered");
    }

    @Test
    void a_member_has_one_pending_request_per_template_and_none_for_what_it_holds() {
        apply(ann, chef);
        Template baker = published(demo, "Baker");
        accolade.awards().award(AwardCommand.of(as(demo), baker.id(), Identity.member(ann.id())));

        assertRefusedWithoutChange(() -> apply(ann, chef), "request_already_pending");
        assertRefusedWithoutChange(() -> apply(ann, baker), "already_awarded");
    }

    @Test
    void a_draft_cannot_be_requested_and_only_members_request() {
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(),
                input("Draft", false, false), false));

        assertRefusedWithoutChange(() -> apply(ann, draft), "template_not_found");
        assertRefused(() -> accolade.requests().requestAward(new RequestAwardCommand(as(demo), chef.id(), null, null)),
                "member_required", ErrorCategory.FORBIDDEN);
    }

    @Test
    void another_issuer_can_neither_see_nor_answer_a_request() {
        AwardRequest request = apply(ann, chef);
        Issuer other = issuer("other");

        assertRefused(() -> accolade.requests().acceptRequest(new RequestReference(as(other), request.id())),
                "request_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.requests().getRequest(new RequestReference(as(member("bob@example.org")),
                request.id())),
                "request_not_found");
    }

    @Test
    void issuers_list_requests_for_their_templates_and_members_their_own() {
        Member bob = member("bob@example.org");
        AwardRequest first = apply(ann, chef);
        AwardRequest second = apply(bob, chef);
        accolade.requests().rejectRequest(new RejectRequestCommand(as(demo), first.id(), null));

        assertThat(accolade.requests().findRequests(new FindRequestsQuery(as(demo), demo.id(), RequestStatus.PENDING,
                null,
                PageRequest.first())).items()).extracting(AwardRequest::id).containsExactly(second.id());
        assertThat(accolade.requests().findRequests(new FindRequestsQuery(as(demo), demo.id(), null, null,
                PageRequest.first()))
                .items()).extracting(AwardRequest::id).containsExactly(second.id(), first.id());
        assertThat(accolade.requests().findRequests(new FindRequestsQuery(as(ann), null, null, null,
                PageRequest.first())).items())
                .extracting(AwardRequest::id).containsExactly(first.id());
        assertRefused(() -> accolade.requests().findRequests(new FindRequestsQuery(as(ann), demo.id(), null, null,
                PageRequest.first())), "issuer_forbidden");
    }

    @Test
    void both_request_lists_keep_to_a_window_of_creation() {
        AwardRequest first = apply(ann, chef);
        clock.advance(Duration.ofHours(1));
        Instant later = clock.peek();
        AwardRequest second = apply(ann, published(demo, "Baker"));

        assertThat(accolade.requests().findRequests(new FindRequestsQuery(as(demo), demo.id(), null,
                TimeWindow.between(later, null), PageRequest.first())).items()).extracting(AwardRequest::id)
                .containsExactly(second.id());
        assertThat(accolade.requests().findRequests(new FindRequestsQuery(as(ann), null, null, TimeWindow.between(null,
                later),
                PageRequest.first())).items()).extracting(AwardRequest::id).containsExactly(first.id());
    }
}
