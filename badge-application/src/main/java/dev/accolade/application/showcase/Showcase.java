package dev.accolade.application.showcase;

/**
 * What the public pages show: the site's figures, a published badge, an award, and a recipient's
 * profile, each as anyone may see it (no email address, no unpublished template, hidden templates
 * concealed from whoever may not see them), and a member's choice of what their profile shows.
 */
public interface Showcase extends GetSiteOverviewUseCase, GetPublicBadgeUseCase, GetPublicAwardUseCase,
        GetPublicIssuerUseCase, GetProfileUseCase, HideAwardUseCase {
}
