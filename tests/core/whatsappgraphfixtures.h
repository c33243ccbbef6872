#pragma once

// What the Graph API suites share: reading a fixture as JSON, writing JSON inline, and a plain
// text send request to vary.

#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/graphmedia.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphtemplates.h"
#include "core/whatsapp/limits.h"
#include "core/whatsapp/wirereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace parley::testing {

inline QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// `json` with its "@" replaced by `value`, for values too long to write out.
inline QByteArray filled(const char *json, const QByteArray &value)
{
    return QByteArray(json).replace('@', value);
}

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

inline whatsapp::SendMessageRequest textRequest()
{
    whatsapp::SendMessageRequest r;
    r.to = QStringLiteral("+16505551234");
    r.type = QStringLiteral("text");
    r.text = QStringLiteral("Your order shipped: example.com/t/1");
    r.previewUrl = true;
    return r;
}

} // namespace parley::testing
