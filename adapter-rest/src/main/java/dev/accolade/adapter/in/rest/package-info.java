/**
 * The HTTP adapter on Javalin: the native API under {@code /v1}, the compatibility dialects under
 * {@code compat.*}, and the error mapping from a {@code DomainException}'s category to each wire format.
 */
package dev.accolade.adapter.in.rest;
