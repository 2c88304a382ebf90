package dev.accolade.adapter.in.rest.page.console;

import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.domain.template.Template;
import java.util.List;

/**
 * The template form's values: empty for a new template, the working version's for an edit, or what was
 * typed, shown again with the problems that stopped it.
 *
 * @param id the template's id, 0 for a new one
 * @param issuer the issuer's id
 * @param issuerName the issuer's name
 * @param title the title
 * @param description the description
 * @param criteria what earns it
 * @param repeatable whether one recipient may receive it more than once (new templates only)
 * @param acceptanceRequired whether awards wait as offers (new templates only)
 * @param problems one sentence per field at fault
 */
public record TemplateForm(long id, long issuer, String issuerName, String title, String description,
        String criteria, boolean repeatable, boolean acceptanceRequired, List<String> problems) {

    /** Copies the problems. */
    public TemplateForm {
        problems = List.copyOf(problems);
    }

    /** The empty form for a new template of an issuer. */
    static TemplateForm blank(long issuer, String issuerName) {
        return new TemplateForm(0, issuer, issuerName, "", "", "", false, false, List.of());
    }

    /** The form as typed for a new template. */
    static TemplateForm typed(long issuer, String issuerName, PageForm form) {
        return new TemplateForm(0, issuer, issuerName, form.text("title").strip(), form.text("description").strip(),
                form.text("criteria").strip(), form.optional("repeatable").isPresent(),
                form.optional("acceptance_required").isPresent(), List.of());
    }

    /** The edit form of a template's working version. */
    static TemplateForm of(Template template, String issuerName) {
        return new TemplateForm(template.id().value(), template.issuer().value(), issuerName,
                template.details().title(), template.details().description(), template.details().criteria(),
                template.details().repeatable(), template.details().acceptanceRequired(), List.of());
    }

    /** This edit form with the title and description typed, and the criteria when the form sends them. */
    TemplateForm retyped(PageForm form) {
        return new TemplateForm(id, issuer, issuerName, form.text("title").strip(), form.text("description").strip(),
                form.optional("criteria").map(String::strip).orElse(criteria), repeatable, acceptanceRequired,
                problems);
    }

    /** This form shown again with these problems. */
    TemplateForm withProblems(List<String> sentences) {
        return new TemplateForm(id, issuer, issuerName, title, description, criteria, repeatable,
                acceptanceRequired, sentences);
    }

    /** Whether the form edits an existing template. */
    public boolean editing() {
        return id != 0;
    }
}
