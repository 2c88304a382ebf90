package dev.accolade.adapter.in.rest.json;

/**
 * The template an award is of, as an award shows it.
 *
 * @param id the template's id
 * @param version the version that was live when it was awarded
 * @param title the title as the caller may see it
 */
public record TemplateRef(long id, int version, String title) {
}
