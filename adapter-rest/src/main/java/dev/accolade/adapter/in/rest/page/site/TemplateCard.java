package dev.accolade.adapter.in.rest.page.site;

import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.template.TemplateView;
import java.util.Locale;

/**
 * A published template as a card links it: title, image, how often awarded and how credible, or only
 * that it is hidden for a viewer who may not see it.
 *
 * @param title the live title, or "Hidden badge"
 * @param url the badge page
 * @param image the badge image's path, empty when hidden from the viewer
 * @param awarded how many times it was awarded
 * @param credibility the average credibility rating, formatted, or "not rated"
 * @param hidden whether the viewer sees it as hidden
 */
public record TemplateCard(String title, String url, String image, long awarded, String credibility,
        boolean hidden) {

    /** The card of a template view, as its viewer may see it. */
    static TemplateCard of(TemplateView view, PageLinks links) {
        String url = links.badge(view.template().publicId());
        String image = CredentialUrls.BADGES + view.template().publicId().value() + CredentialUrls.IMAGE;
        if (view.concealed()) {
            return new TemplateCard("Hidden badge", url, "", view.awards().count(), "not rated", true);
        }
        String title = view.template().live().map(live -> live.details().title())
                .orElse(view.template().details().title());
        String credibility = view.ratings().count() == 0 ? "not rated"
                : String.format(Locale.ROOT, "%.1f / 5 (%d ratings)", view.ratings().credibility(),
                        view.ratings().count());
        return new TemplateCard(title, url, image, view.awards().count(), credibility, false);
    }
}
