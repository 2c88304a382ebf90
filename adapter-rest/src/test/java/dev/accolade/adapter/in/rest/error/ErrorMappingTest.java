package dev.accolade.adapter.in.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.TemplateId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every failure becomes one status and body, and a refusal on an addressed resource reads as it missing. */
class ErrorMappingTest {

    private static final Optional<AddressedResource> NOT_ADDRESSED = Optional.empty();

    @Test
    void every_category_maps_to_a_client_error_status_whether_addressed_by_id_or_not() {
        for (ErrorCategory category : ErrorCategory.values()) {
            for (Optional<AddressedResource> addressed : List.of(NOT_ADDRESSED, addressed("/v1/templates/7"))) {
                int status = ErrorMapping.statusOf(category, addressed.isPresent());
                assertThat(status).as("%s addressed %s", category, addressed).isBetween(400, 499);
                ErrorReply reply = ErrorMapping.replyTo(new DomainException(category, "some_code", "Some message."),
                        addressed);
                assertThat(reply.status()).isEqualTo(status);
            }
        }
    }

    @Test
    void each_category_has_the_status_the_design_gives_it() {
        assertThat(ErrorMapping.statusOf(ErrorCategory.INVALID, false)).isEqualTo(422);
        assertThat(ErrorMapping.statusOf(ErrorCategory.UNAUTHENTICATED, false)).isEqualTo(401);
        assertThat(ErrorMapping.statusOf(ErrorCategory.FORBIDDEN, false)).isEqualTo(403);
        assertThat(ErrorMapping.statusOf(ErrorCategory.FORBIDDEN, true)).isEqualTo(404);
        assertThat(ErrorMapping.statusOf(ErrorCategory.NOT_FOUND, false)).isEqualTo(404);
        assertThat(ErrorMapping.statusOf(ErrorCategory.CONFLICT, false)).isEqualTo(409);
        assertThat(ErrorMapping.statusOf(ErrorCategory.RULE_VIOLATION, false)).isEqualTo(422);
    }

    @Test
    void a_validation_failure_lists_the_messages_per_attribute() {
        DomainException error = new DomainException(ErrorCategory.INVALID, "name_required",
                "Validation failed: Name can't be blank, Name is too short, Slug is invalid",
                List.of(new FieldError("name", "name_required", "can't be blank"),
                        new FieldError("name", "name_too_short", "is too short"),
                        new FieldError("slug", "slug_invalid", "is invalid")));

        ErrorReply reply = ErrorMapping.replyTo(error, NOT_ADDRESSED);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).isEqualTo(new ValidationErrorBody(error.getMessage(), "name_required", List.of(
                new AttributeErrors("name", List.of("can't be blank", "is too short")),
                new AttributeErrors("slug", List.of("is invalid")))));
    }

    @Test
    void a_refusal_of_an_issuer_addressed_by_id_reads_exactly_like_a_missing_issuer() {
        ErrorReply refused = ErrorMapping.replyTo(
                DomainException.forbidden("issuer_forbidden", "You may not act for this issuer."),
                addressed("/v1/issuers/7/api_keys"));
        ErrorReply missing = ErrorMapping.replyTo(NotFound.issuer(), addressed("/v1/issuers/7/api_keys"));

        assertThat(refused).isEqualTo(missing);
    }

    @Test
    void any_refusal_on_a_resource_addressed_by_id_reads_exactly_like_that_resource_missing() {
        Map<String, DomainException> missingByPath = Map.of(
                "/v1/issuers/7/offers", NotFound.issuer(),
                "/v1/members/7/identities", NotFound.member(),
                "/v1/categories/7/placement", NotFound.category(new CategoryId(7)),
                "/v1/templates/7/approval", NotFound.template(new TemplateId(7)),
                "/v1/awards/7/viewing", NotFound.award(new AwardId(7)),
                "/v1/offers/7/acceptance", NotFound.offer(new OfferId(7)),
                "/v1/requests/7/rejection", NotFound.request(new AwardRequestId(7)));
        DomainException refusal = DomainException.forbidden("operator_required", "Only the operator may do this.");

        missingByPath.forEach((path, missing) -> assertThat(ErrorMapping.replyTo(refusal, addressed(path)))
                .as(path).isEqualTo(new ErrorReply(404, new ErrorBody(missing.getMessage(), missing.code()))));
    }

    @Test
    void a_refusal_on_a_path_of_no_known_resource_is_a_plain_404() {
        DomainException refusal = DomainException.forbidden("member_required", "Only a member may do this.");

        ErrorReply reply = ErrorMapping.replyTo(refusal, addressed("/v1/widgets/7"));

        assertThat(reply).isEqualTo(new ErrorReply(404, new ErrorBody("The resource does not exist.", "not_found")));
    }

    @Test
    void a_path_no_route_serves_is_a_404_of_our_own() {
        ErrorReply reply = ErrorMapping.routeNotFound("GET", "/v1/nothing");

        assertThat(reply).isEqualTo(new ErrorReply(404,
                new ErrorBody("No route serves GET /v1/nothing.", ErrorMapping.ROUTE_NOT_FOUND)));
    }

    @Test
    void a_refusal_not_addressed_by_id_keeps_its_own_code() {
        ErrorReply reply = ErrorMapping.replyTo(
                DomainException.forbidden("member_required", "Only a signed-in member may do this."), NOT_ADDRESSED);

        assertThat(reply).isEqualTo(new ErrorReply(403,
                new ErrorBody("Only a signed-in member may do this.", "member_required")));
    }

    @Test
    void a_server_error_carries_its_id_and_nothing_of_the_failure() {
        ErrorReply reply = ErrorMapping.serverError("abc-123");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).isInstanceOfSatisfying(ServerErrorBody.class, body -> {
            assertThat(body.errorId()).isEqualTo("abc-123");
            assertThat(body.message()).contains("abc-123");
        });
    }

    private static Optional<AddressedResource> addressed(String path) {
        return Optional.of(AddressedResource.inPath(path));
    }
}
