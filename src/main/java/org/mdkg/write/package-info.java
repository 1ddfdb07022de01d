/**
 * Safe writes: who may write (bearer token or Basic credentials from the environment), what a write may do
 * (no LOAD, no SERVICE, named graphs only, system graphs untouchable), and how it is committed — tried on an
 * in-memory copy, SHACL-validated, reduced to a delta, then applied in one TDB2 write transaction together
 * with a change record in {@code urn:mdkg:graph:changes}. Bad input never reaches TDB2.
 */
package org.mdkg.write;
