#include "ui/sync/offlinebanner.h"

#include "ui/theme/tone.h"

#include <QLocale>

namespace parley::ui {

OfflineBanner::OfflineBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setWordWrap(true);
    setMargin(6);
    setTone(this, Tone::Warning);
    hide();
}

void OfflineBanner::syncStateChanged(SyncState state)
{
    switch (state) {
    case SyncState::Online:
        m_since = QDateTime();
        hide();
        return;
    case SyncState::Connecting:
        // A retry while offline: still offline since the same moment.
        if (!m_since.isValid())
            return;
        break;
    case SyncState::Offline:
        if (!m_since.isValid())
            m_since = QDateTime::currentDateTime();
        break;
    }
    updateText();
    show();
}

void OfflineBanner::updateText()
{
    const QLocale locale;
    const QString when = m_since.date() == QDate::currentDate()
                             ? locale.toString(m_since.time(), QLocale::ShortFormat)
                             : locale.toString(m_since, QLocale::ShortFormat);
    setText(tr("Offline since %1. You are reading the copy on this computer; replies wait in "
               "the outbox and go out when the hub answers.")
                .arg(when));
}

} // namespace parley::ui
