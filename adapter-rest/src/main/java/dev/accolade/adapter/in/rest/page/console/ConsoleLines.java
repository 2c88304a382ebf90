package dev.accolade.adapter.in.rest.page.console;

import dev.accolade.adapter.in.rest.page.TemplateTitles;
import dev.accolade.application.award.AwardView;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lines an issuer's console lists: its templates, the requests to answer, its awards. */
public final class ConsoleLines {

    private ConsoleLines() {
    }

    /**
     * One of the issuer's templates.
     *
     * @param id its id
     * @param title its working title
     * @param status its moderation state, in words
     * @param submittable whether it may be sent to moderation (a draft or a rejected one)
     * @param awardable whether it has a live version to award
     * @param reason the moderator's reason, for a rejected one
     */
    public record TemplateLine(long id, String title, String status, boolean submittable, boolean awardable,
            Optional<String> reason) {

        static TemplateLine of(Template template) {
            TemplateStatus status = template.status();
            return new TemplateLine(template.id().value(), template.details().title(),
                    status.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    status == TemplateStatus.DRAFT || status == TemplateStatus.REJECTED, template.live().isPresent(),
                    status == TemplateStatus.REJECTED ? template.rejectionReason() : Optional.empty());
        }
    }

    /**
     * A request waiting for the issuer's answer.
     *
     * @param id its id
     * @param title the badge asked for
     * @param applicant who asks, by member number (the applicant's email address is never shown)
     * @param sent the day it was sent
     * @param message the applicant's message
     * @param evidence the links the applicant gave
     */
    public record RequestLine(long id, String title, String applicant, String sent, String message,
            List<String> evidence) {

        static RequestLine of(AwardRequest request, TemplateTitles titles) {
            return new RequestLine(request.id().value(), titles.of(request.template()),
                    "member #" + request.applicant().value(), TemplateTitles.day(request.createdAt()),
                    request.message() == null ? "" : request.message(),
                    request.evidence().links().stream().map(WebUrl::value).toList());
        }
    }

    /**
     * One of the issuer's awards.
     *
     * @param id its id, which the revoke form posts to
     * @param title the badge
     * @param recipient who received it, as the issuer may see it
     * @param awarded the day it was awarded
     */
    public record AwardLine(long id, String title, String recipient, String awarded) {

        static AwardLine of(AwardView view) {
            Award award = view.award();
            return new AwardLine(award.id().value(), TemplateTitles.of(view.template()),
                    recipient(award.grant().recipient(), view.recipientEmailVisible()),
                    TemplateTitles.day(award.awardedAt()));
        }

        private static String recipient(Identity identity, boolean emailVisible) {
            if (identity instanceof EmailIdentity email) {
                return emailVisible ? email.email().value() : "an email address";
            }
            if (identity instanceof ExternalIdentity handle) {
                return handle.namespace().value() + "/" + handle.handle();
            }
            return identity.key();
        }
    }
}
