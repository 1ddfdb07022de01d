/**
 * What every HTTP-facing part shares: failures as RFC 9457 problem details (kind → status in one place),
 * reading {@code Accept} headers, and serving files of WebJars. Knows nothing of routes or pages.
 */
package org.mdkg.http;
