package org.switchboard.server.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebServerTest {
    private static String jerseyWarning(String className) {
        return "A provider " + className + " registered in SERVER runtime does not implement any provider interfaces"
                + " applicable in the SERVER runtime. Due to constraint configuration problems the provider " + className
                + " will be ignored. ";
    }

    @Test
    void onlyJerseysWarningAboutAResourceClassIsDropped() {
        assertTrue(WebServer.isRegisteredResource(jerseyWarning(HealthResource.class.getName())));
        // a class without @Path, or one that is not there: a real problem, kept
        assertFalse(WebServer.isRegisteredResource(jerseyWarning(WebAssets.class.getName())));
        assertFalse(WebServer.isRegisteredResource(jerseyWarning("org.example.Missing")));
        assertFalse(WebServer.isRegisteredResource("Some other warning about " + HealthResource.class.getName()));
        assertFalse(WebServer.isRegisteredResource(null));
    }
}
