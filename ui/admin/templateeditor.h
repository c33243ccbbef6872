#pragma once

#include "core/domain/channel.h"
#include "core/domain/messagetemplate.h"
#include "core/sync/hubclient.h"
#include "core/sync/templatesapi.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace parley::ui {

class TemplateFieldPicker;
class TemplatePartsEditor;

// R6.1–R6.4: writes one template and submits it to WhatsApp's review through the hub. The
// counters (characters / 900, merge fields / 10, templates / 200) turn red past their limit
// and Submit stays off while any rule of core/rules/templaterules fails. Pending and approved
// templates are shown read-only; a rejected one can be changed and submitted again, keeping
// its name and language (Meta knows it by them).
class TemplateEditor : public QWidget {
    Q_OBJECT
public:
    explicit TemplateEditor(HubClient *hub, QWidget *parent = nullptr);

    void startNew();
    void load(const MessageTemplate &messageTemplate);
    // Templates that count toward the account's 200 (R6.2), for the counter and the rule.
    void setCountedTemplates(int counted);
    // The channels a new template can be submitted to: its WhatsApp account holds it.
    void setChannels(const QList<Channel> &channels);

    Id templateId() const { return m_loaded.id; }
    MessageTemplate draft() const;
    bool isLocked() const;
    bool canSubmit() const;
    bool isSubmitting() const { return m_submitting; }
    // The hub's refusal of the last submit, translated; empty when there was none.
    QString errorText() const;
    TemplateFieldPicker *fieldPicker() const { return m_picker; }
    TemplatePartsEditor *parts() const { return m_parts; }
    // The preview's HTML: header, body, footer and buttons as WhatsApp shows them.
    QString previewHtml() const;

public slots:
    void submit();
    // R6.2: asks, then deletes the shown template on WhatsApp and the hub.
    void requestDelete();

signals:
    // The hub accepted the template for review; carries the hub's copy (status PENDING).
    void submitted(const parley::MessageTemplate &messageTemplate);
    void deleted(parley::Id templateId);

private:
    void buildForm();
    void moduleChanged();
    void categoryChanged();
    void revalidate();
    void showState();
    void finishSubmit(const HubResult<MessageTemplate> &reply);
    void deleteConfirmed();
    void setLanguage(const QString &code);

    QPointer<HubClient> m_hub;
    MessageTemplate m_loaded; // id 0 for a new template
    int m_counted = 0;
    bool m_submitting = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_categoryHelp = nullptr;
    QComboBox *m_module = nullptr;
    QComboBox *m_channel = nullptr;
    TemplatePartsEditor *m_parts = nullptr;
    QPushButton *m_delete = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QToolButton *m_insertField = nullptr;
    TemplateFieldPicker *m_picker = nullptr;
    QLabel *m_characters = nullptr;
    QLabel *m_fields = nullptr;
    QLabel *m_templates = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace parley::ui
