#include "ui/admin/templatespage.h"
#include "ui/admin/templatereasons.h"

#include "core/mirror/adminreads.h"
#include "core/rules/templaterules.h"
#include "ui/admin/automationpanel.h"
#include "ui/admin/templateeditor.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

QString statusTitle(TemplateStatus status)
{
    switch (status) {
    case TemplateStatus::Draft:
        return TemplatesPage::tr("Draft");
    case TemplateStatus::Pending:
        return TemplatesPage::tr("In review");
    case TemplateStatus::Approved:
        return TemplatesPage::tr("Approved");
    case TemplateStatus::Rejected:
        break;
    }
    return TemplatesPage::tr("Rejected");
}

QString categoryTitle(TemplateCategory category)
{
    return category == TemplateCategory::Marketing ? TemplatesPage::tr("Marketing")
                                                   : TemplatesPage::tr("Utility");
}

} // namespace

TemplatesPage::TemplatesPage(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent), m_mirror(mirror), m_table(new QTableWidget(0, ColumnCount, this)),
      m_editor(new TemplateEditor(hub, this)), m_automations(new AutomationPanel(mirror, hub, this))
{
    setObjectName(QStringLiteral("templatesPage"));
    m_table->setObjectName(QStringLiteral("templates"));
    m_table->setAccessibleName(tr("Templates"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Language"), tr("Category"), tr("Module"),
                                        tr("Status"), tr("Rejection reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *newButton = new QPushButton(tr("New template"), this);
    newButton->setObjectName(QStringLiteral("newTemplate"));

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(newButton);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    // The editor with a header, footer and buttons is taller than a 1366×768 laptop leaves for
    // it (tst_screenfit): it scrolls rather than push Administration off the screen.
    auto *editorScroll = new QScrollArea(this);
    editorScroll->setObjectName(QStringLiteral("editorScroll"));
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editor);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Status and rejection reason must be readable without scrolling sideways.
    splitter->setSizes({600, 620});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 3);
    layout->addWidget(m_automations, 1);

    connect(newButton, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TemplatesPage::showSelected);
    connect(m_editor, &TemplateEditor::submitted, this, &TemplatesPage::submitted);
    connect(m_editor, &TemplateEditor::deleted, this, [this] {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    });
    reload();
}

int TemplatesPage::rowCount() const
{
    return m_table->rowCount();
}

MessageTemplate TemplatesPage::templateAt(int row) const
{
    return m_templates.value(row);
}

QString TemplatesPage::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void TemplatesPage::refresh(const MirrorChanges &changes)
{
    if (changes.templates)
        reload();
    if (changes.channels && !changes.templates) {
        const AnswerOrder::Question question = m_channelOrder.askMirror();
        m_mirror.read<QList<Channel>>(this, readAdminChannels,
                                      [this, question](const QList<Channel> &channels) {
                                          if (m_channelOrder.mirrorMayShow(question))
                                              m_editor->setChannels(channels);
                                      });
    }
    if (changes.templates || changes.channels)
        m_automations->reload(); // their titles come from the mirror
}

void TemplatesPage::reload()
{
    const AnswerOrder::Question question = m_listOrder.askMirror();
    m_channelOrder.askMirror(); // this read has the channels too, and is newer
    m_mirror.read<TemplatesSheet>(this, readTemplatesSheet,
                                  [this, question](const TemplatesSheet &sheet) {
                                      if (m_listOrder.mirrorMayShow(question))
                                          showSheet(sheet);
                                  });
}

void TemplatesPage::showSheet(const TemplatesSheet &sheet)
{
    const Id selected = m_editor->templateId();
    const std::optional<MessageTemplate> shown =
        selected != 0 ? std::optional<MessageTemplate>(m_editor->draft()) : std::nullopt;
    m_editor->setChannels(sheet.channels);
    m_templates = sheet.templates;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_templates.size()));
    for (int row = 0; row < m_templates.size(); ++row) {
        const MessageTemplate &t = m_templates.at(row);
        const QStringList cells{t.name,
                                t.language,
                                categoryTitle(t.category),
                                moduleTitle(t.module),
                                statusTitle(t.status),
                                t.status == TemplateStatus::Rejected
                                    ? templateRejectionText(t.rejectionReason)
                                    : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, t.id);
            m_table->setItem(row, column, item);
        }
    }
    m_editor->setCountedTemplates(countTemplatesTowardLimit(m_templates));

    const Id wanted = m_selectWhenListed != 0 ? m_selectWhenListed : selected;
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id != wanted)
            continue;
        m_table->selectRow(row);
        const MessageTemplate &t = m_templates.at(row);
        // A review's verdict replaces what is shown; unsaved edits of an unchanged template
        // stay.
        if (m_selectWhenListed != 0 || !shown || t.status != m_editor->draft().status ||
            t.updatedAt != shown->updatedAt)
            m_editor->load(t);
        m_selectWhenListed = 0;
        return;
    }
    if (wanted == 0)
        m_table->clearSelection();
}

bool TemplatesPage::selectTemplate(Id id)
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id) {
            m_table->selectRow(row); // showSelected() loads it
            if (m_editor->templateId() != id)
                m_editor->load(m_templates.at(row));
            return true;
        }
    }
    return false;
}

void TemplatesPage::newTemplate()
{
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_editor->startNew();
}

void TemplatesPage::showSelected()
{
    const int row = m_table->currentRow();
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || row < 0 || row >= m_templates.size())
        return;
    m_editor->load(m_templates.at(items.first()->row()));
}

void TemplatesPage::submitted(const MessageTemplate &messageTemplate)
{
    m_selectWhenListed = messageTemplate.id;
    reload();
}

} // namespace parley::ui
