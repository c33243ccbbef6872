#pragma once

#include "core/sync/syncstate.h"

#include <QDateTime>
#include <QLabel>

namespace parley::ui {

// A strip across the top of the window while the hub cannot be reached: says since when the
// inbox shown is the copy on this computer and that replies wait in the outbox. It follows the
// sync worker's state; "since" is the moment the connection was lost (or the app started
// without one), not the last retry.
class OfflineBanner : public QLabel {
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    void syncStateChanged(parley::SyncState state);
    QDateTime offlineSince() const { return m_since; }

private:
    void updateText();

    QDateTime m_since;
};

} // namespace parley::ui
