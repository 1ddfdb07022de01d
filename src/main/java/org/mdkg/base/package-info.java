/**
 * What every other package may use and nothing here depends on: the root exception and its kinds, SHA-256
 * digests, files shipped in the jar and the build's version.
 */
package org.mdkg.base;
