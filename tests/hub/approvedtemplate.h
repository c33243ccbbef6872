#pragma once

// A template an admin submits, waited for until Meta (the simulator) approves it: what the suites
// that send templates or pick a survey need before they start.

#include "hubprocess.h"

#include <QJsonObject>
#include <QTest>

namespace parley::testing {

// The template's id once approved; 0, with a warning saying why, when it is refused or is not
// approved within 10 s.
inline qint64 approvedTemplate(HubProcess &hub, const QString &admin, const QJsonObject &body)
{
    const HttpReply created = hub.post(QStringLiteral("/api/v1/templates"), body, admin);
    if (created.status != 202) {
        qWarning("template refused: %s", created.body.constData());
        return 0;
    }
    const qint64 id = created.json()["template"].toObject()["id"].toInteger();
    for (int i = 0; i < 100; ++i) {
        for (const QJsonValue &t :
             hub.getList(QStringLiteral("/api/v1/templates"), QStringLiteral("templates"), admin)) {
            if (t["id"].toInteger() == id && t["status"].toString() == QLatin1String("APPROVED"))
                return id;
        }
        QTest::qWait(100);
    }
    qWarning("template %lld was never approved", id);
    return 0;
}

} // namespace parley::testing
