/**
 * Open Badges images: baking an assertion or credential into a PNG ({@code iTXt} chunk) or an SVG
 * ({@code openbadges:*} element) and reading it back ({@link dev.accolade.adapter.out.openbadges.image.PngBaking},
 * {@link dev.accolade.adapter.out.openbadges.image.SvgBaking}), and the generated image of a template without an
 * icon ({@link dev.accolade.adapter.out.openbadges.image.DefaultBadgeImage}). Bad input is refused with an
 * {@link java.lang.IllegalArgumentException}; only the JDK is used.
 */
package dev.accolade.adapter.out.openbadges.image;
