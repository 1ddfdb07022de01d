/** Constants for the namespaces mdkg uses: its own ontology, its instance space and its named graphs. */
package org.mdkg.vocab;
