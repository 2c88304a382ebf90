package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.session.AuthenticateMemberUseCase;
import dev.accolade.application.session.SignedIn;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The member's session on the pages: the token the native API's sign-in gives, kept in an
 * {@code HttpOnly} cookie and read through the same use case that authenticates a Bearer token. A missing,
 * unknown or expired token reads as an anonymous visitor.
 */
public final class PageSessions {

    /** The request attribute the visitor is kept in once read. */
    static final String VISITOR = "accolade.page.visitor";

    private final AuthenticateMemberUseCase authenticate;
    private final PageCookies cookies;
    private final Clock clock;

    /** Sessions over this use case, kept in these cookies. */
    public PageSessions(AuthenticateMemberUseCase authenticate, PageCookies cookies, Clock clock) {
        this.authenticate = requireNonNull(authenticate, "authenticate");
        this.cookies = requireNonNull(cookies, "cookies");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Who is looking at the page, read once per request. */
    public Visitor visitor(Context ctx) {
        Visitor known = ctx.attribute(VISITOR);
        if (known != null) {
            return known;
        }
        Visitor visitor = cookies.read(ctx, PageCookies.SESSION).flatMap(this::member).orElseGet(Visitor::anonymous);
        ctx.attribute(VISITOR, visitor);
        return visitor;
    }

    /** The signed-in member, or a 401 page inviting the visitor to sign in. */
    public Visitor member(Context ctx) {
        Visitor visitor = visitor(ctx);
        if (visitor.member().isEmpty()) {
            throw RequestRejected.withStatus(401, "sign_in_required", "Sign in to see this page.");
        }
        return visitor;
    }

    /** The session token of the request, if it carries one. */
    public Optional<String> token(Context ctx) {
        return cookies.read(ctx, PageCookies.SESSION);
    }

    /** Keeps a new session in the browser until it expires. */
    public void start(Context ctx, SignedIn signedIn) {
        cookies.write(ctx, PageCookies.SESSION, signedIn.token(),
                Duration.between(clock.instant(), signedIn.expiresAt()));
    }

    /** Removes the session from the browser. */
    public void end(Context ctx) {
        cookies.clear(ctx, PageCookies.SESSION);
    }

    private Optional<Visitor> member(String token) {
        try {
            return Optional.of(Visitor.of(authenticate.authenticateMember(token)));
        } catch (DomainException unknownOrExpired) {
            return Optional.empty();
        }
    }
}
