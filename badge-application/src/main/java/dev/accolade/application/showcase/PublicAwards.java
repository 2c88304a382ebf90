package dev.accolade.application.showcase;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.MemberIdentity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import java.util.Optional;

/**
 * Turns awards into what the public pages may show of them: their template's live version (none, and
 * the award is not shown, when the template is not published), the recipient's shown name and profile,
 * and their state. Runs inside the caller's unit of work.
 */
final class PublicAwards {

    private static final String UNNAMED = "A recipient";

    private final TemplateRepository templates;
    private final IssuerRepository issuers;
    private final MemberRepository members;
    private final TemplateViews views;
    private final ClockPort clock;

    PublicAwards(TemplateRepository templates, IssuerRepository issuers, MemberRepository members,
            TemplateViews views, ClockPort clock) {
        this.templates = requireNonNull(templates, "templates");
        this.issuers = requireNonNull(issuers, "issuers");
        this.members = requireNonNull(members, "members");
        this.views = requireNonNull(views, "views");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The award as the viewer may see it, or empty when its template is not published. */
    Optional<PublicAward> of(Actor viewer, Award award) {
        Optional<Template> live = templates.findById(award.template()).flatMap(Template::publicView);
        Optional<Issuer> issuer = issuers.findById(award.issuer());
        if (live.isEmpty() || issuer.isEmpty()) {
            return Optional.empty();
        }
        boolean concealed = views.of(viewer, live.get()).concealed();
        return Optional.of(new PublicAward(award, live.get(), concealed, issuer.get(), nameOf(award),
                profileOf(award), stateOf(award)));
    }

    /** The member or handle whose profile shows the award: its holder, else a member or handle it names. */
    static Optional<Identity> profileOf(Award award) {
        if (award.holder().isPresent()) {
            return award.holder().map(MemberIdentity::new);
        }
        Identity recipient = award.recipient();
        return recipient instanceof ExternalIdentity || recipient instanceof MemberIdentity ? Optional.of(recipient)
                : Optional.empty();
    }

    /** The name a member shows, or the handle; an email address never. */
    String nameOf(Identity recipient) {
        if (recipient instanceof MemberIdentity member) {
            return memberName(member.memberId()).orElse(UNNAMED);
        }
        return recipient instanceof ExternalIdentity handle ? handle.handle() : UNNAMED;
    }

    private String nameOf(Award award) {
        Optional<String> given = award.recipientName().map(PublicAwards::joined).filter(name -> !name.isBlank());
        return profileOf(award).filter(MemberIdentity.class::isInstance).map(this::nameOf)
                .or(() -> given).orElseGet(() -> nameOf(award.recipient()));
    }

    private Optional<String> memberName(MemberId id) {
        return members.findById(id).map(Member::profile).map(profile -> profile.nickname().orElse(profile.name()));
    }

    private AwardState stateOf(Award award) {
        if (award.revocation().isPresent()) {
            return AwardState.REVOKED;
        }
        return award.expiresAt().filter(expiry -> !expiry.isAfter(clock.now())).isPresent() ? AwardState.EXPIRED
                : AwardState.VERIFIED;
    }

    private static String joined(RecipientName name) {
        return (name.first() + " " + name.last()).strip();
    }
}
