package id.warta.cli;

import picocli.CommandLine;

/** Prints Warta's version from the jar manifest. */
class WartaVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = WartaVersion.class.getPackage().getImplementationVersion();
        return new String[] {"warta " + (version == null ? "(development build)" : version)};
    }
}
