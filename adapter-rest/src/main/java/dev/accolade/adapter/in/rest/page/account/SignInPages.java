package dev.accolade.adapter.in.rest.page.account;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.limit.RequestLimits;
import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.session.SignInCommand;
import dev.accolade.application.session.SignInUseCase;
import dev.accolade.application.session.SignOutUseCase;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Signing in and out on the pages, through the same use cases (and sign-in throttle) as
 * {@code POST /v1/sessions}: the session token lands in an {@code HttpOnly} cookie, never in the page.
 */
public final class SignInPages {

    private final SignInUseCase signIn;
    private final SignOutUseCase signOut;
    private final PageKit kit;

    /** Pages over these use cases. */
    public SignInPages(SignInUseCase signIn, SignOutUseCase signOut, PageKit kit) {
        this.signIn = requireNonNull(signIn, "signIn");
        this.signOut = requireNonNull(signOut, "signOut");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.SIGN_IN, this::form);
        routes.post(PagePaths.SIGN_IN, this::signIn);
        routes.post(PagePaths.SIGN_OUT, this::signOut);
    }

    private void form(Context ctx) {
        String next = LocalPath.orHome(ctx.queryParam("next"));
        kit.render(ctx, "account/sign-in.jte", kit.frame(ctx, "Sign in"), new SignInForm("", next, Optional.empty()));
    }

    private void signIn(Context ctx) {
        PageForm form = kit.form(ctx);
        String email = form.text("email").strip();
        String next = LocalPath.orHome(form.text("next"));
        try {
            kit.sessions().start(ctx, signIn.signIn(new SignInCommand(email, form.text("password"),
                    RequestLimits.clientAddress(ctx))));
            kit.redirect(ctx, next);
        } catch (DomainException refused) {
            int status = refused.category() == ErrorCategory.TOO_MANY_REQUESTS ? 429 : 401;
            String problem = status == 429 ? refused.getMessage() : "That email address and password do not match"
                    + " a confirmed account.";
            kit.render(ctx, status, "account/sign-in.jte", kit.frame(ctx, "Sign in"),
                    new SignInForm(email, next, Optional.of(problem)));
        }
    }

    private void signOut(Context ctx) {
        kit.form(ctx);
        kit.sessions().token(ctx).ifPresent(token -> {
            try {
                signOut.signOut(token);
            } catch (DomainException alreadyEnded) {
                // The session had ended already; the cookie goes all the same.
            }
        });
        kit.sessions().end(ctx);
        kit.redirect(ctx, PagePaths.HOME);
    }

    /**
     * The sign-in form's values.
     *
     * @param email the address typed, shown again after a failure
     * @param next the local path to go on to once signed in
     * @param problem why the last attempt failed, if it did
     */
    public record SignInForm(String email, String next, Optional<String> problem) {
    }
}
