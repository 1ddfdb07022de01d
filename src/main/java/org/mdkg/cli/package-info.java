/** The {@code mdkg} command line: thin commands over the same services the server uses. */
package org.mdkg.cli;
