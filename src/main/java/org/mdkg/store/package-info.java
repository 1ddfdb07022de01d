/** Opens the dataset mdkg serves: a TDB2 directory whose default graph is the union of its named graphs. */
package org.mdkg.store;
