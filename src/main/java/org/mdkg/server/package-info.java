/**
 * Wires one process on one port: Fuseki's SPARQL protocol at {@code /sparql} and Graph Store Protocol at
 * {@code /data}, the Javalin facade at {@code /api}, and the pages at {@code /}.
 */
package org.mdkg.server;
