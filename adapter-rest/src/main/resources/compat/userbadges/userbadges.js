/*
 * UserBadges widget, served by Accolade. Include it with
 *   <script src="https://your-server/compat/userbadges/userbadges.js"></script>
 * and mark elements up as
 *   <span class="userbadges" data-service="demo" data-user="daniel"></span>
 * (a <ul> or a <div> works too). On page load every such element is filled with the user's badges.
 * No library is needed; jQuery may be on the page or not.
 *
 * Override UserBadges.renderBadge(badge) before the page finishes loading to render badges your way.
 * Its badge object carries the badge's custom fields, name, description, count, latest, globalCount
 * and globalLatest. Because renderers usually build HTML strings, an overriding renderer receives
 * every text HTML-escaped; it may return a string of HTML or a DOM node. The default renderer builds
 * DOM nodes and sets every text with textContent, so no text is ever read as markup.
 */
(function (window, document) {
    'use strict';

    var script = document.currentScript;
    var base = script && script.src ? script.src.replace(/\/userbadges\.js(?:[?#].*)?$/, '') : '';

    function element(tag, className) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        return node;
    }

    /* A badge name as a class name: characters other than letters, digits, '-' and '_' become '-'. */
    function classOf(name) {
        return String(name).replace(/[^A-Za-z0-9_-]/g, '-');
    }

    /* Only links to web pages, absolute or relative, are followed: never javascript: or data: ones. */
    function safeLink(link) {
        if (typeof link !== 'string') {
            return null;
        }
        var trimmed = link.trim();
        if (/^https?:\/\//i.test(trimmed) || /^\/(?!\/)/.test(trimmed) || /^[A-Za-z0-9_.~-][^:]*$/.test(trimmed)) {
            return trimmed;
        }
        return null;
    }

    /*
     * A badge as the specification shows it: with a link, its name inside the link, titled by its
     * description; without one, <span class="userbadge NAME" title="DESCRIPTION">NAME</span>.
     */
    function defaultRenderBadge(badge) {
        var wrapper = element('span', 'userbadge ' + classOf(badge.name));
        var description = typeof badge.description === 'string' ? badge.description : '';
        var link = safeLink(badge.link);
        if (link !== null) {
            var name = element('span', 'name');
            name.textContent = String(badge.name);
            name.title = description;
            var anchor = element('a');
            anchor.href = link;
            anchor.appendChild(name);
            wrapper.appendChild(anchor);
        } else {
            wrapper.title = description;
            wrapper.appendChild(document.createTextNode(String(badge.name)));
        }
        if (badge.count > 1) {
            var count = element('span', 'count');
            count.textContent = 'x' + badge.count;
            wrapper.appendChild(count);
        }
        return wrapper;
    }

    function escapeHtml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    }

    /* A copy of a value with every text HTML-escaped, keys included. */
    function escaped(value) {
        if (typeof value === 'string') {
            return escapeHtml(value);
        }
        if (Array.isArray(value)) {
            return value.map(escaped);
        }
        if (value && typeof value === 'object') {
            var copy = {};
            Object.keys(value).forEach(function (key) {
                copy[escapeHtml(key)] = escaped(value[key]);
            });
            return copy;
        }
        return value;
    }

    /* The badge object a renderer sees: custom fields, then the figures of the user and of everybody. */
    function badgeObject(held, global) {
        var badge = {};
        Object.keys(global || {}).forEach(function (key) {
            if (key !== 'count' && key !== 'latest') {
                badge[key] = global[key];
            }
        });
        badge.name = held.name;
        badge.count = held.count;
        badge.latest = held.latest || '';
        badge.globalCount = global && typeof global.count === 'number' ? global.count : 0;
        badge.globalLatest = global && global.latest ? global.latest : '';
        return badge;
    }

    /* Turns what a renderer returned into nodes: a node as it is, a string as HTML. */
    function nodesOf(rendered) {
        if (rendered && typeof rendered === 'object' && typeof rendered.nodeType === 'number') {
            return [rendered];
        }
        var template = document.createElement('template');
        template.innerHTML = rendered == null ? '' : String(rendered);
        return Array.prototype.slice.call(template.content.childNodes);
    }

    function render(container, reply, userName) {
        var user = null;
        (reply.users || []).forEach(function (candidate) {
            if (candidate.name === userName) {
                user = candidate;
            }
        });
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
        var overridden = UserBadges.renderBadge !== defaultRenderBadge;
        var list = container.tagName === 'UL' || container.tagName === 'OL';
        (user ? user.badges : []).forEach(function (held) {
            var badge = badgeObject(held, (reply.badges || {})[held.name]);
            var rendered = overridden ? UserBadges.renderBadge(escaped(badge)) : defaultRenderBadge(badge);
            nodesOf(rendered).forEach(function (node) {
                var wrapped = node;
                if (list && !(node.nodeType === 1 && node.tagName === 'LI') && !overridden) {
                    wrapped = element('li');
                    wrapped.appendChild(node);
                }
                container.appendChild(wrapped);
            });
        });
    }

    function fill(container) {
        var service = container.getAttribute('data-service');
        var user = container.getAttribute('data-user');
        if (!service || !user) {
            return;
        }
        container.setAttribute('data-userbadges-state', 'loading');
        var url = base + '/v1/' + encodeURIComponent(service) + '/users.json?names=' + encodeURIComponent(user);
        var request = new XMLHttpRequest();
        request.open('GET', url, true);
        request.onload = function () {
            if (request.status !== 200) {
                container.setAttribute('data-userbadges-state', 'failed');
                return;
            }
            try {
                render(container, JSON.parse(request.responseText), user);
                container.setAttribute('data-userbadges-state', 'done');
            } catch (failure) {
                container.setAttribute('data-userbadges-state', 'failed');
            }
        };
        request.onerror = function () {
            container.setAttribute('data-userbadges-state', 'failed');
        };
        request.send();
    }

    function load(root) {
        var scope = root || document;
        var elements = scope.querySelectorAll('.userbadges[data-service][data-user]');
        Array.prototype.forEach.call(elements, fill);
    }

    var UserBadges = window.UserBadges || {};
    UserBadges.renderBadge = defaultRenderBadge;
    UserBadges.defaultRenderBadge = defaultRenderBadge;
    UserBadges.escapeHtml = escapeHtml;
    UserBadges.load = load;
    window.UserBadges = UserBadges;

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
            load(document);
        });
    } else {
        window.setTimeout(function () {
            load(document);
        }, 0);
    }
}(window, document));
