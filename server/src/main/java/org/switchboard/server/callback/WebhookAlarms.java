package org.switchboard.server.callback;

import java.util.Objects;

/** Sends reminders ({@code callback.reminder}) and escalations ({@code callback.overdue}) to the webhook. */
public final class WebhookAlarms implements CallbackAlarms.Listener {
    private final CallbackWebhook webhook;

    public WebhookAlarms(CallbackWebhook webhook) {
        this.webhook = Objects.requireNonNull(webhook, "webhook");
    }

    @Override
    public void reminder(Appointment appointment) {
        webhook.send("callback.reminder", appointment);
    }

    @Override
    public void overdue(Appointment appointment) {
        webhook.send("callback.overdue", appointment);
    }
}
