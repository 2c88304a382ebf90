/**
 * The UserBadges compatibility dialect under {@code /compat/userbadges}: services, badges and users
 * as the UserBadges API names them, its authentication by key or signature, its error codes, and
 * the embeddable widget with its themes.
 */
package dev.accolade.adapter.in.rest.compat.userbadges;
