package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.member.Member;
import java.util.Optional;

/**
 * Who is looking at a page: a signed-in member, or an anonymous visitor.
 *
 * @param actor the actor the page's use cases are called as
 * @param member the signed-in member, empty for a visitor
 */
public record Visitor(Actor actor, Optional<Member> member) {

    /** Checks both parts. */
    public Visitor {
        requireNonNull(actor, "actor");
        requireNonNull(member, "member");
    }

    /** Nobody signed in. */
    public static Visitor anonymous() {
        return new Visitor(Actor.anonymous(), Optional.empty());
    }

    /** A signed-in member. */
    public static Visitor of(Member member) {
        return new Visitor(Actor.member(member.id()), Optional.of(member));
    }
}
