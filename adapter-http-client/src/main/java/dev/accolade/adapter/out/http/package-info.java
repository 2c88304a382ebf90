/**
 * Outbound HTTP behind a guard: the URL and address checks ({@link dev.accolade.adapter.out.http.UrlGuard},
 * {@link dev.accolade.adapter.out.http.AddressPolicy}) and the download of content named by URL.
 */
package dev.accolade.adapter.out.http;
