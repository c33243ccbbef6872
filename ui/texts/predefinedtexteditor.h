#pragma once

#include "core/domain/predefinedtext.h"
#include "core/sync/predefinedtextsapi.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace parley::ui {

// R5.1 / R5.2 / R5.4: writes one predefined text — name, module, and a message whose merge
// fields are picked from the module's fields — and saves it through the hub. Saving is
// asynchronous: the dialog stays responsive, says it is saving, and shows the hub's refusal
// in the user's language. The mirror learns of the change through sync; `saved` carries the
// hub's copy so that lists can show it at once.
class PredefinedTextEditor : public QDialog {
    Q_OBJECT
public:
    explicit PredefinedTextEditor(HubClient *hub, QWidget *parent = nullptr);

    // A new text, starting in `module`.
    void startNew(Module module = Module::Leads);
    // An existing text. Its module cannot change (R5.4): the combo is disabled.
    void edit(const PredefinedText &text);

    bool isEditing() const { return m_textId != 0; }
    bool isSaving() const { return m_saving; }
    QString name() const;
    Module module() const;
    QString body() const;
    // The hub's refusal of the last save, translated; empty when there was none.
    QString errorText() const;

public slots:
    void save();

signals:
    void saved(const parley::PredefinedText &text);

private:
    void rebuildFieldMenu();
    void insertField(const QString &field);
    void revalidate();
    void finishSave(const HubResult<PredefinedText> &text);
    void setSaving(bool saving);

    PredefinedTextsApi m_texts;
    Id m_textId = 0;
    bool m_saving = false;
    QLineEdit *m_name;
    QComboBox *m_module;
    QPlainTextEdit *m_body;
    QToolButton *m_insertField;
    QMenu *m_fieldMenu;
    QLabel *m_fieldWarnings;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace parley::ui
