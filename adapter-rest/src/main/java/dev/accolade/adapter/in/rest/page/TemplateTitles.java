package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The titles of the templates a page lists offers, requests or awards of, read once per template as the
 * visitor may see them: the live title, the working one for the issuer's own drafts, "Hidden badge" for a
 * hidden one the visitor does not hold, "A badge no longer shown" for one it may not read.
 */
public final class TemplateTitles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final GetTemplateUseCase getTemplate;
    private final Actor actor;
    private final Map<TemplateId, String> known = new HashMap<>();

    /** Titles read through this use case as this actor. */
    public TemplateTitles(GetTemplateUseCase getTemplate, Actor actor) {
        this.getTemplate = requireNonNull(getTemplate, "getTemplate");
        this.actor = requireNonNull(actor, "actor");
    }

    /** The title of a template as the actor may see it. */
    public String of(TemplateId template) {
        return known.computeIfAbsent(template, this::read);
    }

    /** The title a template view shows its viewer. */
    public static String of(TemplateView view) {
        return view.concealed() ? "Hidden badge" : of(view.template());
    }

    /** The live title of a template, or the working one while it has none. */
    public static String of(Template template) {
        return template.live().map(live -> live.details().title()).orElse(template.details().title());
    }

    /** A day as the pages print it, such as "6 Dec 2026" (UTC). */
    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    private String read(TemplateId template) {
        try {
            return of(getTemplate.getTemplate(new TemplateCommand(actor, template)));
        } catch (DomainException gone) {
            return "A badge no longer shown";
        }
    }
}
