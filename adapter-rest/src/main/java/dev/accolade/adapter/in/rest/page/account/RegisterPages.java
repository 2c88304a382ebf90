package dev.accolade.adapter.in.rest.page.account;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.ConfirmRegistrationUseCase;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.RegisterMemberUseCase;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Registering and confirming on the pages, through the same use cases as {@code POST /v1/members} and
 * {@code POST /v1/members/confirmations}: a visitor registers, then confirms with the token the operator sends
 * (as the API, the page never shows a registrant its own token).
 */
public final class RegisterPages {

    private final RegisterMemberUseCase register;
    private final ConfirmRegistrationUseCase confirm;
    private final PageKit kit;

    /** Pages over these use cases. */
    public RegisterPages(RegisterMemberUseCase register, ConfirmRegistrationUseCase confirm, PageKit kit) {
        this.register = requireNonNull(register, "register");
        this.confirm = requireNonNull(confirm, "confirm");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.REGISTER, ctx -> showRegister(ctx, 200, new RegisterForm("", "", List.of(), false)));
        routes.post(PagePaths.REGISTER, this::register);
        routes.get(PagePaths.CONFIRM, ctx -> showConfirm(ctx, 200, new ConfirmForm(
                Optional.ofNullable(ctx.queryParam("token")).orElse(""), List.of(), false)));
        routes.post(PagePaths.CONFIRM, this::confirm);
    }

    private void register(Context ctx) {
        PageForm form = kit.form(ctx);
        String email = form.text("email").strip();
        String name = form.text("name").strip();
        try {
            register.registerMember(new RegisterMemberCommand(kit.visitor(ctx).actor(),
                    MemberDetails.named(email, form.text("password"), name)));
            showRegister(ctx, 201, new RegisterForm(email, name, List.of(), true));
        } catch (DomainException refused) {
            showRegister(ctx, statusOf(refused), new RegisterForm(email, name, problems(refused), false));
        }
    }

    private void confirm(Context ctx) {
        PageForm form = kit.form(ctx);
        String token = form.text("token").strip();
        try {
            confirm.confirmRegistration(new ConfirmRegistrationCommand(token));
            showConfirm(ctx, 200, new ConfirmForm("", List.of(), true));
        } catch (DomainException refused) {
            showConfirm(ctx, statusOf(refused), new ConfirmForm(token, problems(refused), false));
        }
    }

    private void showRegister(Context ctx, int status, RegisterForm form) {
        kit.render(ctx, status, "account/register.jte", kit.frame(ctx, "Register"), form);
    }

    private void showConfirm(Context ctx, int status, ConfirmForm form) {
        kit.render(ctx, status, "account/confirm.jte", kit.frame(ctx, "Confirm your registration"), form);
    }

    private static int statusOf(DomainException refused) {
        return switch (refused.category()) {
            case CONFLICT -> 409;
            case TOO_MANY_REQUESTS -> 429;
            default -> 400;
        };
    }

    private static List<String> problems(DomainException refused) {
        return refused.category() == ErrorCategory.INVALID && !refused.fieldErrors().isEmpty()
                ? refused.fieldErrors().stream().map(FieldError::sentence).toList() : List.of(refused.getMessage());
    }

    /**
     * The registration form's values.
     *
     * @param email the address typed
     * @param name the name typed
     * @param problems what was wrong with the last attempt
     * @param done whether the registration went through
     */
    public record RegisterForm(String email, String name, List<String> problems, boolean done) {
    }

    /**
     * The confirmation form's values.
     *
     * @param token the token typed or linked
     * @param problems what was wrong with the last attempt
     * @param done whether the registration is confirmed
     */
    public record ConfirmForm(String token, List<String> problems, boolean done) {
    }
}
