package org.switchboard.server.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar's implementation version, or "dev" when run from classes. */
final class Versions implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return new String[] {"switchboard " + (v == null ? "dev" : v),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
