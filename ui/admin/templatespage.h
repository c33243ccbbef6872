#pragma once

#include "core/domain/messagetemplate.h"
#include "core/mirror/adminreads.h"
#include "core/mirror/mirror.h"
#include "core/sync/hubclient.h"

#include "ui/admin/adminmirror.h"

#include <QWidget>

class QTableWidget;

namespace parley::ui {

class AutomationPanel;
class TemplateEditor;

// R6: the admin's templates screen. The list (name, language, category, module, status,
// rejection reason) comes from the mirror and follows it; the editor beside it writes and
// submits templates; below, the automations that send a template when a record is created.
// Connect SyncController::mirrorChanged to refresh().
class TemplatesPage : public QWidget {
    Q_OBJECT
public:
    TemplatesPage(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    int rowCount() const;
    MessageTemplate templateAt(int row) const;
    QString cellText(int row, int column) const;
    // Selects the template and shows it in the editor; false when it is not listed.
    bool selectTemplate(Id id);
    TemplateEditor *editor() const { return m_editor; }
    AutomationPanel *automations() const { return m_automations; }

    enum Column {
        NameColumn,
        LanguageColumn,
        CategoryColumn,
        ModuleColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };

public slots:
    void refresh(const parley::MirrorChanges &changes);
    void reload();
    void newTemplate();

private:
    void showSelected();
    void submitted(const MessageTemplate &messageTemplate);
    void showSheet(const TemplatesSheet &sheet);

    AdminMirror m_mirror;
    AnswerOrder m_listOrder;    // the newest read of the list is shown
    AnswerOrder m_channelOrder; // and of the channels alone
    QList<MessageTemplate> m_templates;
    QTableWidget *m_table;
    TemplateEditor *m_editor;
    AutomationPanel *m_automations;
    Id m_selectWhenListed = 0; // a template just submitted, until the mirror lists it
};

} // namespace parley::ui
