package dev.accolade.adapter.in.rest.member;

import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A member's own account as the native API shows it to the member, its parent and the operator.
 *
 * @param id the member's id
 * @param email the email address
 * @param name the full name
 * @param nickname the nickname, {@code null} when none
 * @param avatar the picture, {@code null} when none
 * @param status {@code active} or {@code inactive}
 * @param confirmed whether the registration is confirmed
 * @param registeredAt when the member registered, ISO-8601 in UTC
 * @param confirmedAt when the registration was confirmed, {@code null} until then
 * @param lastVisitAt when the member was last seen, {@code null} if never
 * @param parentId the member whose sub-account this is, {@code null} when none
 * @param authorityCategoryIds the categories the member is an authority in
 */
public record MemberResponse(long id, String email, String name, String nickname, AvatarResponse avatar,
        String status, boolean confirmed, String registeredAt, String confirmedAt, String lastVisitAt,
        Long parentId, List<Long> authorityCategoryIds) {

    /** The response for a member. */
    public static MemberResponse from(Member member) {
        return new MemberResponse(member.id().value(), member.email().value(), member.name(),
                member.profile().nickname().orElse(null),
                member.profile().avatar().map(AvatarResponse::from).orElse(null),
                member.status().name().toLowerCase(Locale.ROOT), member.isConfirmed(),
                member.registeredAt().toString(), member.confirmedAt().map(Instant::toString).orElse(null),
                member.lastVisit().map(Instant::toString).orElse(null),
                member.parent().map(MemberId::value).orElse(null),
                member.authorityCategories().stream().map(CategoryId::value).toList());
    }
}
