#include "core/sync/notificationsapi.h"

#include "core/protocol/listcodec.h"

namespace parley {
namespace {

const QString settingsKey = QStringLiteral("settings");

} // namespace

void NotificationsApi::settings(HubCallback<NotificationSettings> done) const
{
    m_api.get<NotificationSettings>(QStringLiteral("/me/notifications"), HubSubject::Change,
                                    entityDecoder<NotificationSettings>(settingsKey),
                                    std::move(done));
}

void NotificationsApi::setChoice(NotifyChoice choice, HubCallback<NotificationSettings> done) const
{
    m_api.post<NotificationSettings>(
        QStringLiteral("/me/notifications"), {{QStringLiteral("notify"), notifyChoiceName(choice)}},
        HubSubject::Change, entityDecoder<NotificationSettings>(settingsKey), std::move(done));
}

void NotificationsApi::setMuted(Id conversationId, bool muted,
                                HubCallback<NotificationSettings> done) const
{
    m_api.post<NotificationSettings>(QStringLiteral("/conversations/%1/mute").arg(conversationId),
                                     {{QStringLiteral("muted"), muted}}, HubSubject::Conversation,
                                     entityDecoder<NotificationSettings>(settingsKey),
                                     std::move(done));
}

} // namespace parley
