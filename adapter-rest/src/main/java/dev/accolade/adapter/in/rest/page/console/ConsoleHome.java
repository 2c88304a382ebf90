package dev.accolade.adapter.in.rest.page.console;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.Visitor;
import dev.accolade.application.issuer.ListIssuersQuery;
import dev.accolade.application.issuer.ListIssuersUseCase;
import dev.accolade.application.issuer.OpenPersonalIssuerUseCase;
import dev.accolade.application.issuer.PersonalIssuerCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.issuer.Issuer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The console's entry: the issuers the signed-in member owns, and, for one who owns none, a form that opens
 * its personal issuer (as {@code POST /v1/me/issuer} does).
 */
public final class ConsoleHome {

    private static final int SHOWN = 100;

    private final ListIssuersUseCase listIssuers;
    private final OpenPersonalIssuerUseCase openPersonal;
    private final PageKit kit;

    /** The page over these use cases. */
    public ConsoleHome(ListIssuersUseCase listIssuers, OpenPersonalIssuerUseCase openPersonal, PageKit kit) {
        this.listIssuers = requireNonNull(listIssuers, "listIssuers");
        this.openPersonal = requireNonNull(openPersonal, "openPersonal");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(ConsolePaths.HOME, this::show);
        routes.post(ConsolePaths.PERSONAL, this::openPersonal);
    }

    private void show(Context ctx) {
        Visitor visitor = kit.member(ctx);
        List<IssuerLink> issuers = listIssuers.listIssuers(new ListIssuersQuery(visitor.actor(),
                PageRequest.first(SHOWN))).items().stream()
                .map(issuer -> new IssuerLink(issuer.name(), ConsolePaths.issuer(issuer.id().value()))).toList();
        kit.render(ctx, "console/home.jte", kit.frame(ctx, "Console"), new Issuers(issuers));
    }

    private void openPersonal(Context ctx) {
        Visitor visitor = kit.member(ctx);
        kit.form(ctx);
        Issuer issuer = openPersonal.openPersonalIssuer(new PersonalIssuerCommand(visitor.actor(),
                visitor.member().orElseThrow().id()));
        kit.redirect(ctx, ConsolePaths.issuer(issuer.id().value()));
    }

    /**
     * The member's issuers.
     *
     * @param issuers each issuer's name and console
     */
    public record Issuers(List<IssuerLink> issuers) {
    }

    /**
     * An issuer the member acts for.
     *
     * @param name its name
     * @param console its console's path
     */
    public record IssuerLink(String name, String console) {
    }
}
