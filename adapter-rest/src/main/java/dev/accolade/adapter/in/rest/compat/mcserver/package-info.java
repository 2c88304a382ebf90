/**
 * The mc-coal dialect: the achievements API of the mc-coal Minecraft server companion, under
 * {@code /compat/mcserver/api/v1}, so that its clients only change their base URL; plus the
 * {@code log_lines} route through which a server's log agent feeds it.
 */
package dev.accolade.adapter.in.rest.compat.mcserver;
