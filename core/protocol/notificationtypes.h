#pragma once

#include "core/domain/ids.h"
#include "core/rules/notificationrules.h"

#include <QJsonObject>
#include <QList>

namespace parley {

namespace EventType {
// One agent's notification choice and muted conversations (NotificationSettings below), whole;
// sent only to that agent's streams (issue #12). Declared here, beside its data, rather than in
// events.h: only the code that reads or writes the settings needs it.
inline const QString NotificationSettingsUpdated = QStringLiteral("notification_settings.updated");
} // namespace EventType

// One agent's notification settings (issue #12, docs/api.md "Notification settings"): the
// choice and the conversations it muted. The body of GET /me/notifications and the data of
// notification_settings.updated, which reaches only that agent's streams.
struct NotificationSettings {
    Id agentId = 0;
    NotifyChoice notify = NotifyChoice::Default;
    QList<Id> muted; // ascending
};

QJsonObject toJson(const NotificationSettings &settings);
bool fromJson(const QJsonObject &json, NotificationSettings *settings, QString *error);

} // namespace parley
