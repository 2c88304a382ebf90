package dev.accolade.adapter.in.rest.json;

/**
 * The template an award is of, as an award shows it.
 *
 * @param id the template's id
 * @param version the version that was live when it was awarded
 * @param title the title as the caller may see it, {@code null} when the template is hidden from the caller
 * @param hidden whether the template is hidden from the caller (who neither holds it nor acts for its issuer)
 */
public record TemplateRef(long id, int version, String title, boolean hidden) {

    /** The reference to a template, its title left out when it is concealed from the caller. */
    public static TemplateRef of(long id, int version, String title, boolean concealed) {
        return new TemplateRef(id, version, concealed ? null : title, concealed);
    }
}
