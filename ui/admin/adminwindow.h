#pragma once

#include "core/mirror/mirror.h"
#include "ui/admin/adminmirror.h"

#include <QWidget>

class QTabWidget;

namespace parley {
class HubClient;
}

namespace parley::ui {

class ChannelsPage;
class CreditsPage;
class CsatPage;
class LabelsPage;
class PeoplePage;
class ReportsPage;
class TemplatesPage;

// The admin screens in one window beside the inbox (R1, R6, R8, R9.1): templates, channels,
// credits, people, reports, labels and the satisfaction survey. Shown to admins only; the hub
// refuses these calls to anyone else anyway. The window hands it its MirrorStore: the pages read
// the mirror on the store's reader thread (AdminMirror); built over a QSqlDatabase (tests) they
// read that connection at once.
class AdminWindow : public QWidget {
    Q_OBJECT
public:
    AdminWindow(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    enum class Page { Templates, Channels, Credits, People, Reports, Labels, Csat };
    void showPage(Page page);
    TemplatesPage *templates() const { return m_templates; }
    ChannelsPage *channels() const { return m_channels; }
    CreditsPage *credits() const { return m_credits; }
    PeoplePage *people() const { return m_people; }
    ReportsPage *reports() const { return m_reports; }
    LabelsPage *labels() const { return m_labels; }
    CsatPage *csat() const { return m_csat; }

public slots:
    // From the sync worker: each page re-reads what the batch changed.
    void mirrorChanged(const parley::MirrorChanges &changes);

private:
    QTabWidget *m_tabs = nullptr;
    TemplatesPage *m_templates = nullptr;
    ChannelsPage *m_channels = nullptr;
    CreditsPage *m_credits = nullptr;
    PeoplePage *m_people = nullptr;
    ReportsPage *m_reports = nullptr;
    LabelsPage *m_labels = nullptr;
    CsatPage *m_csat = nullptr;
};

} // namespace parley::ui
