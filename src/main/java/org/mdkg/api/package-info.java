/**
 * The REST facade under {@code /api}: routes, JSON shapes and the one place where failures become
 * RFC 9457 problem details. Thin: the work is done by the store, load, query and analysis packages.
 */
package org.mdkg.api;
