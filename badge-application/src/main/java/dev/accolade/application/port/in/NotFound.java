package dev.accolade.application.port.in;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.webhook.WebhookEndpointId;

/**
 * The one error each resource found by id answers when it does not exist, or when the caller may not
 * know that it does: use cases throw it, and adapters that conceal a refusal answer with it, so
 * that refused and missing read the same.
 */
public final class NotFound {

    private NotFound() {
    }

    /** {@code issuer_not_found}. */
    public static DomainException issuer() {
        return DomainException.notFound("issuer_not_found", "The issuer does not exist.");
    }

    /** {@code api_key_not_found}. */
    public static DomainException apiKey() {
        return DomainException.notFound("api_key_not_found", "The API key does not exist.");
    }

    /** {@code member_not_found}. */
    public static DomainException member() {
        return DomainException.notFound("member_not_found", "The member does not exist.");
    }

    /** {@code category_not_found}. */
    public static DomainException category(CategoryId id) {
        return DomainException.notFound("category_not_found", "The category " + id + " does not exist.");
    }

    /** {@code template_not_found}. */
    public static DomainException template(TemplateId id) {
        return DomainException.notFound("template_not_found", "The template " + id + " does not exist.");
    }

    /** {@code award_not_found}. */
    public static DomainException award(AwardId id) {
        return DomainException.notFound("award_not_found", "The award " + id + " does not exist.");
    }

    /** {@code offer_not_found}. */
    public static DomainException offer(OfferId id) {
        return DomainException.notFound("offer_not_found", "The offer " + id + " does not exist.");
    }

    /** {@code request_not_found}. */
    public static DomainException request(AwardRequestId id) {
        return DomainException.notFound("request_not_found", "The request " + id + " does not exist.");
    }

    /** {@code webhook_not_found}. */
    public static DomainException webhook(WebhookEndpointId id) {
        return DomainException.notFound("webhook_not_found", "The webhook " + id + " does not exist.");
    }

    /** {@code delivery_not_found}. */
    public static DomainException delivery(long id) {
        return DomainException.notFound("delivery_not_found", "The delivery " + id + " does not exist.");
    }

    /** {@code credential_not_found}: no award's credential goes by this public id. */
    public static DomainException credential() {
        return DomainException.notFound("credential_not_found", "The credential does not exist.");
    }

    /** {@code badge_class_not_found}: no published template's badge class goes by this public id. */
    public static DomainException badgeClass() {
        return DomainException.notFound("badge_class_not_found", "The badge class does not exist.");
    }

    /** {@code key_not_found}. */
    public static DomainException key() {
        return DomainException.notFound("key_not_found", "The key does not exist.");
    }

    /** {@code status_list_not_found}. */
    public static DomainException statusList() {
        return DomainException.notFound("status_list_not_found", "The status list does not exist.");
    }
}
