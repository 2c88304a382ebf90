package dev.accolade.application.content;

/** The content feature: images and files kept by the server, uploaded or fetched from a URL. */
public interface Contents extends GetContentUseCase, FetchContentUseCase {
}
