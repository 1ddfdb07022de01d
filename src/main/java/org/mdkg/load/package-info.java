/**
 * Reading RDF files into the store: strict parsing with {@code file:line:col} errors, SHACL checks,
 * and all-or-nothing commits with a report of what each file contributed.
 */
package org.mdkg.load;
