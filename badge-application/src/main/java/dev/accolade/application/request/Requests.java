package dev.accolade.application.request;

/** The request feature: members apply to be awarded a template; its issuer accepts or rejects. */
public interface Requests extends RequestAwardUseCase, AcceptRequestUseCase, RejectRequestUseCase, GetRequestUseCase,
        FindRequestsUseCase {
}
