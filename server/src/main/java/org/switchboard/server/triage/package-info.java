/**
 * The social team's triage of mentions (issue 7): the desk's actions and their storage, the live
 * feed, alerts and the page's API. Builds on {@link org.switchboard.server.listener}.
 */
package org.switchboard.server.triage;
