package org.mdkg.cli;

import org.mdkg.base.Version;
import picocli.CommandLine.IVersionProvider;

/** Prints the build's version for {@code --version}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"mdkg " + Version.current()};
    }
}
