#pragma once

#include "core/domain/ids.h"

#include <QObject>
#include <QStringList>

namespace parley {
class HubClient;
}

namespace parley::ui {

// Sends files picked in the composer (R4.3): checked here with core's attachment rules first,
// so a wrong type or size is refused at once with the reason, then sent to the hub in one call
// with an Idempotency-Key. Files need the hub: unlike text replies they do not wait in the
// outbox (a 100 MB document does not belong in the mirror).
class AttachmentSender : public QObject {
    Q_OBJECT
public:
    explicit AttachmentSender(HubClient *hub, QObject *parent = nullptr);

    // Returns the problems found before anything was sent (empty when the files went out).
    QStringList send(Id conversationId, const QStringList &paths, const QString &caption);

signals:
    void finished(bool ok, const QString &message);

private:
    HubClient *m_hub;
};

} // namespace parley::ui
