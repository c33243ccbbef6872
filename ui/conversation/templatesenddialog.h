#pragma once

#include "core/domain/conversation.h"
#include "core/domain/messagetemplate.h"
#include "core/mirror/screenreads.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace parley {
class HubClient;
}

namespace parley::ui {

class TemplateValuesForm;

// R2.3 / R4.4 / R6.5: the only way to write to a customer whose 24-hour window is closed. Lists
// the approved templates of the conversation's record module, previews the message with the
// record's values filled in (a missing value is flagged, since the hub refuses to send it),
// asks for the header's value and link endings the template needs, and sends through the hub.
class TemplateSendDialog : public QDialog {
    Q_OBJECT
public:
    // `choices`: read on the mirror's reader thread (MirrorStore::read, readTemplateChoices).
    TemplateSendDialog(const TemplateChoices &choices, HubClient *hub,
                       const Conversation &conversation, QWidget *parent = nullptr);
    // Reads the choices itself, on this thread.
    TemplateSendDialog(QSqlDatabase mirror, HubClient *hub, const Conversation &conversation,
                       QWidget *parent = nullptr);

    int templateCount() const;
    QString previewText() const;
    TemplateValuesForm *valuesForm() const { return m_values; }
    bool canSend() const;

private:
    void templateChosen();
    void send();

    HubClient *m_hub;
    Conversation m_conversation;
    QList<MessageTemplate> m_templates;
    std::optional<Record> m_record; // the merge fields' values
    QListWidget *m_list = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_problems = nullptr;
    TemplateValuesForm *m_values = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace parley::ui
