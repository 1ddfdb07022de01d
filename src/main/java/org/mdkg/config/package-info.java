/** Settings of a run: one immutable record built from defaults, then environment, then command-line flags. */
package org.mdkg.config;
