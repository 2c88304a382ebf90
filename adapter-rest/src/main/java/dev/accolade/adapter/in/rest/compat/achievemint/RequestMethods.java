package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.request.AcceptRequestUseCase;
import dev.accolade.application.request.FindRequestsQuery;
import dev.accolade.application.request.FindRequestsUseCase;
import dev.accolade.application.request.RejectRequestCommand;
import dev.accolade.application.request.RejectRequestUseCase;
import dev.accolade.application.request.RequestReference;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.request.RequestStatus;
import java.util.List;
import java.util.Map;

/** {@code find_requests}, {@code accept_request} and {@code reject_request}: members' applications. */
final class RequestMethods {

    private final FindRequestsUseCase finder;
    private final AcceptRequestUseCase accept;
    private final RejectRequestUseCase reject;

    RequestMethods(FindRequestsUseCase finder, AcceptRequestUseCase accept, RejectRequestUseCase reject) {
        this.finder = finder;
        this.accept = accept;
        this.reject = reject;
    }

    /** Adds the methods to the dialect's table. */
    void register(Map<String, AchieveMintMethod> methods) {
        methods.put("find_requests", this::findRequests);
        methods.put("accept_request", call -> GrantMethods.success(accept.acceptRequest(
                new RequestReference(call.actor(), request(call)))));
        methods.put("reject_request", call -> GrantMethods.success(reject.rejectRequest(
                new RejectRequestCommand(call.actor(), request(call), null))));
    }

    /** The pending requests for the account's templates. */
    private Object findRequests(Call call) {
        Actor actor = call.actor();
        IssuerId issuer = call.issuer();
        List<AwardRequest> requests = finder.findRequests(new FindRequestsQuery(actor, issuer, RequestStatus.PENDING,
                TimeWindow.ALWAYS, OffsetPaging.of(call.parameters()).request())).items();
        Views views = call.views();
        return Map.of("requests", requests.stream().map(request -> views.request(request, true)).toList());
    }

    private static AwardRequestId request(Call call) {
        return new AwardRequestId(call.parameters().id("id"));
    }
}
