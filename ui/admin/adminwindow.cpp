#include "ui/admin/adminwindow.h"

#include "ui/admin/channelspage.h"
#include "ui/admin/creditspage.h"
#include "ui/admin/csatpage.h"
#include "ui/admin/labelspage.h"
#include "ui/admin/peoplepage.h"
#include "ui/admin/reportspage.h"
#include "ui/admin/templatespage.h"
#include "ui/main/screenfit.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace parley::ui {

AdminWindow::AdminWindow(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Administration"));
    m_tabs = new QTabWidget(this);
    m_templates = new TemplatesPage(mirror, hub, m_tabs);
    m_channels = new ChannelsPage(mirror, hub, m_tabs);
    m_credits = new CreditsPage(mirror, hub, m_tabs);
    m_people = new PeoplePage(mirror, hub, m_tabs);
    m_reports = new ReportsPage(hub, m_tabs);
    m_tabs->addTab(m_templates, tr("Templates"));
    m_tabs->addTab(m_channels, tr("Channels"));
    m_tabs->addTab(m_credits, tr("Credits"));
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_reports, tr("Reports"));
    m_labels = new LabelsPage(hub, m_tabs); // issue #12 triage
    m_tabs->addTab(m_labels, tr("Labels"));
    m_csat = new CsatPage(mirror, hub, m_tabs); // issue #14 item 5
    m_tabs->addTab(m_csat, tr("Satisfaction survey"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // The template list and its editor side by side, in every language, where the screen has
    // room; less on a small one, where the pages scroll.
    ScreenFit::place(this, QSize(1280, 760));
}

void AdminWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void AdminWindow::mirrorChanged(const MirrorChanges &changes)
{
    m_templates->refresh(changes);
    if (changes.channels) {
        m_channels->reload();
        m_credits->reload(); // buying depends on a connected channel
    }
    if (changes.agents)
        m_people->reload();
    if (changes.credits)
        m_credits->refresh();
    if (changes.labels)
        m_labels->refresh();
    if (changes.templates || changes.channels)
        m_csat->reload(); // its choices are approved templates and channels
}

} // namespace parley::ui
