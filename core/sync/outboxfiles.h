#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace parley {

// The files of an outbox "files" item (R4.3, R10.1). They are copied into a folder beside the
// mirror before the item is stored, so a send queued offline survives the originals being moved
// and the app being restarted; the copies go once the hub's messages for the item arrive (the
// outbox row is gone) or the agent discards it. The file bytes never go into the mirror itself.
class OutboxFiles {
public:
    explicit OutboxFiles(const QString &mirrorPath);

    QString folder() const { return m_folder; }

    // Copies `paths` under the item's id; the payload to store with the item, or an empty
    // object with `error` set (nothing is left behind then).
    QJsonObject stage(const QString &itemId, const QStringList &paths, const QString &caption,
                      QString *error);
    // The hub's attachment request for a staged item: {"files": [{filename, content, caption}]}.
    QJsonObject requestBody(const QJsonObject &payload, QString *error) const;
    // Removes the staged copies of items that are no longer in the outbox.
    void removeAllBut(const QSet<QString> &liveItemIds);

private:
    QString m_folder;
};

} // namespace parley
