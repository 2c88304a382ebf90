package dev.accolade.adapter.in.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

    @Test
    void every_category_maps_to_a_client_error_status_whether_addressed_by_id_or_not() {
        for (ErrorCategory category : ErrorCategory.values()) {
            for (boolean addressedById : new boolean[] {false, true}) {
                int status = ErrorMapping.statusOf(category, addressedById);
                assertThat(status).as("%s addressed by id %s", category, addressedById).isBetween(400, 499);
                ErrorReply reply = ErrorMapping.replyTo(new DomainException(category, "some_code", "Some message."),
                        addressedById);
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

        ErrorReply reply = ErrorMapping.replyTo(error, false);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).isEqualTo(new ValidationErrorBody(error.getMessage(), "name_required", List.of(
                new AttributeErrors("name", List.of("can't be blank", "is too short")),
                new AttributeErrors("slug", List.of("is invalid")))));
    }

    @Test
    void a_refusal_of_an_issuer_addressed_by_id_reads_exactly_like_a_missing_issuer() {
        ErrorReply refused = ErrorMapping.replyTo(
                DomainException.forbidden("issuer_forbidden", "You may not act for this issuer."), true);
        ErrorReply missing = ErrorMapping.replyTo(
                DomainException.notFound("issuer_not_found", "The issuer does not exist."), true);

        assertThat(refused).isEqualTo(missing);
    }

    @Test
    void a_path_no_route_serves_is_a_404_of_our_own() {
        ErrorReply reply = ErrorMapping.routeNotFound("GET", "/v1/nothing");

        assertThat(reply).isEqualTo(new ErrorReply(404,
                new ErrorBody("No route serves GET /v1/nothing.", ErrorMapping.ROUTE_NOT_FOUND)));
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
}
