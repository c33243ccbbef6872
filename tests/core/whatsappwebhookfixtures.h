#pragma once

// What the webhook suites share: Meta's identifiers in the fixtures, reading a fixture, and
// parsing a body into its updates or its error.

#include "core/whatsapp/limits.h"
#include "core/whatsapp/webhookbuilder.h"
#include "core/whatsapp/webhookparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace parley::testing {

inline const QString wabaId = QStringLiteral("102290129340398");
inline const QString phoneNumberId = QStringLiteral("106540352242922");
inline const QString displayNumber = QStringLiteral("15550783881");
inline const QString customer = QStringLiteral("16505551234");

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline whatsapp::WebhookUpdates parsed(const QByteArray &body)
{
    whatsapp::WebhookUpdates updates;
    QString error;
    if (!whatsapp::parseWebhook(body, &updates, &error))
        qWarning("parse failed: %s", qPrintable(error));
    return updates;
}

// The single update of a one-update fixture, of the expected kind (a default one otherwise, so
// the caller's comparisons fail visibly instead of crashing).
template <typename Update> Update only(const QString &fixtureName)
{
    const whatsapp::WebhookUpdates updates = parsed(fixture(fixtureName));
    if (updates.size() != 1 || !std::holds_alternative<Update>(updates.first())) {
        qWarning("%s: expected one update of the expected kind, got %d", qPrintable(fixtureName),
                 int(updates.size()));
        return {};
    }
    return std::get<Update>(updates.first());
}

// Why a body is refused (not JSON, over 3 MB), or why its one item was set aside as unreadable:
// a signed body is read item by item, and an item that cannot be read becomes a RejectedItem
// holding it raw (nothing else of a broken item is kept).
inline QString parseError(const QByteArray &body)
{
    whatsapp::WebhookUpdates updates{whatsapp::OtherUpdate{}};
    QString error;
    const bool ok = whatsapp::parseWebhook(body, &updates, &error);
    if (!ok)
        return updates.isEmpty() ? error : QStringLiteral("<refused but left updates behind>");
    if (updates.size() != 1 || !std::holds_alternative<whatsapp::RejectedItem>(updates.first()))
        return QStringLiteral("<accepted>");
    return std::get<whatsapp::RejectedItem>(updates.first()).reason;
}

inline QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

inline whatsapp::WebhookOrigin origin()
{
    return {wabaId, phoneNumberId, displayNumber};
}

} // namespace parley::testing
